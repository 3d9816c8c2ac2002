package io.dclink.model;

/**
 * A person to contact about a line.
 *
 * @param name the person's name, or {@code null}
 * @param phone a phone number, or {@code null}
 * @param email an e-mail address, or {@code null}
 */
public record Contact(String name, String phone, String email) {
}
