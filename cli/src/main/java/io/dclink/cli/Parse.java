package io.dclink.cli;

import io.dclink.auth.Secret;
import io.dclink.model.Contact;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import java.util.Locale;
import java.util.Map;

/** The small structured values options take. */
final class Parse {

    private Parse() {
    }

    /** {@code NAME,PHONE,EMAIL}. */
    static Contact contact(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new UsageException("a contact is NAME,PHONE,EMAIL, was '" + text + "'");
        }
        return new Contact(blankToNull(parts[0]), blankToNull(parts[1]), blankToNull(parts[2]));
    }

    /**
     * {@code NAME,PHONE,ID_CARD|PASSPORT|OTHER,NUMBER,MALE|FEMALE}; a NUMBER of the form
     * {@code env:VARIABLE} is read from that environment variable, off the command line.
     */
    static FieldEngineer engineer(String text, Map<String, String> env) {
        String[] parts = text.split(",", -1);
        if (parts.length != 5) {
            throw new UsageException("an engineer is NAME,PHONE,ID_CARD|PASSPORT|OTHER,ID_NUMBER,MALE|FEMALE, was '"
                    + parts[0] + ",…'");
        }
        String number = parts[3];
        if (number.startsWith("env:")) {
            number = env.get(number.substring(4));
            if (number == null) {
                throw new UsageException("the environment variable " + parts[3].substring(4) + " is not set");
            }
        }
        try {
            return new FieldEngineer(parts[0], parts[1], IdDocumentType.valueOf(parts[2].toUpperCase(Locale.ROOT)),
                    Secret.of(number), parts[4].isBlank() ? null : Gender.valueOf(parts[4].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UsageException("an engineer's document type is ID_CARD, PASSPORT or OTHER and gender MALE or FEMALE");
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }
}
