package org.betterfactories.site.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the test vectors: a JSON list of flat objects of strings (enough for them, nothing more). */
final class SimpleJson {
    private SimpleJson() {
    }

    static List<Map<String, String>> parseListOfStringMaps(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        int[] i = {0};
        skip(json, i);
        expect(json, i, '[');
        while (true) {
            skip(json, i);
            if (json.charAt(i[0]) == ']') {
                return out;
            }
            expect(json, i, '{');
            Map<String, String> m = new LinkedHashMap<>();
            while (true) {
                skip(json, i);
                if (json.charAt(i[0]) == '}') {
                    i[0]++;
                    break;
                }
                String key = string(json, i);
                skip(json, i);
                expect(json, i, ':');
                skip(json, i);
                m.put(key, string(json, i));
                skip(json, i);
                if (json.charAt(i[0]) == ',') {
                    i[0]++;
                }
            }
            out.add(m);
            skip(json, i);
            if (json.charAt(i[0]) == ',') {
                i[0]++;
            }
        }
    }

    private static String string(String s, int[] i) {
        expect(s, i, '"');
        StringBuilder sb = new StringBuilder();
        while (s.charAt(i[0]) != '"') {
            char c = s.charAt(i[0]++);
            if (c == '\\') {
                char e = s.charAt(i[0]++);
                if (e == 'u') {
                    sb.append((char) Integer.parseInt(s.substring(i[0], i[0] + 4), 16));
                    i[0] += 4;
                } else {
                    sb.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> e;
                    });
                }
            } else {
                sb.append(c);
            }
        }
        i[0]++;
        return sb.toString();
    }

    private static void skip(String s, int[] i) {
        while (Character.isWhitespace(s.charAt(i[0]))) {
            i[0]++;
        }
    }

    private static void expect(String s, int[] i, char c) {
        if (s.charAt(i[0]) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + i[0]);
        }
        i[0]++;
    }
}
