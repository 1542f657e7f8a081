package vn.cchc.inspections.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code cchc.demo-data} (default false): whether the demo data of province H99 is seeded (local runs only). */
@ApplicationScoped
public class DemoData {

    private final boolean enabled;

    public DemoData(@ConfigProperty(name = "cchc.demo-data", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
