package io.dclink.cli;

import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.testkit.emulator.Emulator;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The lines {@code emulator start} prints for pasting into a shell: the exports that point the
 * other commands at the emulator (provider, region where the provider has regions, endpoint, and
 * the provider's credential variables holding the test key), then a command that uses them.
 */
final class EmulatorBanner {

    private EmulatorBanner() {
    }

    /**
     * The lines to paste.
     *
     * @param emulator the running emulator
     * @param credentialVariables the provider's credential variables: key id then secret, or one bearer key
     * @param command how the user runs dclink
     */
    static List<String> useIt(Emulator emulator, List<String> credentialVariables, String command) {
        StringJoiner target = new StringJoiner(" ", "export ", "");
        target.add("DCLINK_PROVIDER=" + quoted(emulator.providerId()));
        if (emulator.regional()) {
            target.add("DCLINK_REGION=" + quoted(emulator.region()));
        }
        target.add("DCLINK_ENDPOINT=" + quoted(emulator.baseUri().toString()));
        List<String> lines = new ArrayList<>(List.of(target.toString()));
        List<String> values = secrets(emulator.testCredentials());
        if (!credentialVariables.isEmpty()) {
            StringJoiner credentials = new StringJoiner(" ", "export ", "");
            for (int i = 0; i < credentialVariables.size() && i < values.size(); i++) {
                credentials.add(credentialVariables.get(i) + "=" + quoted(values.get(i)));
            }
            lines.add(credentials.toString());
        }
        lines.add(command + " connections list");
        return lines;
    }

    private static List<String> secrets(Credentials credentials) {
        if (credentials instanceof AccessKeyCredentials keys) {
            return List.of(keys.accessKeyId(), keys.secretKey().reveal());
        }
        if (credentials instanceof ApiKeyCredentials key) {
            return List.of(key.apiKey().reveal());
        }
        return List.of();
    }

    /** A value as a POSIX shell reads it back unchanged. */
    static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./:@%+=,-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
