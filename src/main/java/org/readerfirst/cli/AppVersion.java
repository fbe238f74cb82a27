package org.readerfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the version the build wrote from pom.xml into the jar's resources. */
final class AppVersion implements IVersionProvider {

    private static final String RESOURCE = "/org/readerfirst/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"readerfirst " + version()};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // told below, as an unknown version
        }
        String version = properties.getProperty("version", "");
        // Unfiltered (run from an IDE's own build), the resource still holds the placeholder.
        return version.isBlank() || version.startsWith("${") ? "unknown (not built by Maven)" : version;
    }
}
