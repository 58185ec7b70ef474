import java.io.File;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Bakes a plain JBake project with JBake's own Oven: the baseline of bench/run. */
public class JBakeRunner {
    public static void main(String[] args) {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            System.err.println(oven.getErrors().size() + " errors: " + oven.getErrors().get(0));
            System.exit(1);
        }
    }
}
