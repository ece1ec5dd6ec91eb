package vn.govportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The console's text exists in Vietnamese and English, once per key. */
class MessageBundlesTest {

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = keys(bundle);
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyTextHasBothLanguages() throws IOException {
        TreeSet<String> vietnamese = new TreeSet<>(load("messages.properties").stringPropertyNames());
        TreeSet<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());

        assertThat(english).containsExactlyElementsOf(vietnamese);
    }

    private static List<String> keys(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(bundle), StandardCharsets.UTF_8))) {
            boolean continued = false;
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
                if (startsEntry) {
                    keys.add(trimmed.split("[=:\\s]", 2)[0]);
                }
                continued = line.endsWith("\\") && (continued || startsEntry);
            }
        }
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(open(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static InputStream open(String bundle) {
        InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + bundle);
        assertThat(in).as(bundle).isNotNull();
        return in;
    }
}
