package org.craftrank.web;

import io.quarkus.qute.TemplateGlobal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages find their vendored scripts. Chart.js comes from its WebJar, which Quarkus serves from the
 * jar under {@code /webjars/}; the version is read from the WebJar itself, so upgrading the dependency in the
 * pom is the only change needed.
 */
public final class WebAssets {

    /** Chart.js's UMD bundle (it includes its one dependency, @kurkle/color); {@code {chartJs}} in templates. */
    @TemplateGlobal(name = "chartJs")
    public static final String CHART_JS = "/webjars/chart.js/" + webJarVersion("org.webjars.npm", "chart.js")
            + "/dist/chart.umd.min.js";

    private WebAssets() {
    }

    static String webJarVersion(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + artifactId + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
