package io.dclink.model;

import io.dclink.auth.Secret;

/**
 * An engineer who will enter the provider's data centre under a letter of authorisation. The
 * identity document number is personal data and prints masked.
 *
 * @param name the engineer's name
 * @param phone a contact number
 * @param idType the identity document type
 * @param idNumber the identity document number
 * @param gender the gender, or {@code null}
 */
public record FieldEngineer(String name, String phone, IdDocumentType idType, Secret idNumber, Gender gender) {
}
