package io.dclink.testkit.emulator;

/**
 * An operator action named a resource the emulator does not hold. The admin endpoint answers it
 * with 404. It is an {@link IllegalArgumentException}, so code that caught those still does.
 */
public class UnknownResourceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The resource's id. */
    private final String id;

    /**
     * Creates the exception.
     *
     * @param kind what kind of resource, as the emulator names it (e.g. {@code "line"})
     * @param id the id that names nothing
     */
    public UnknownResourceException(String kind, String id) {
        super("no " + kind + " " + id);
        this.id = id;
    }

    /**
     * The id that names nothing.
     *
     * @return the id
     */
    public String id() {
        return id;
    }
}
