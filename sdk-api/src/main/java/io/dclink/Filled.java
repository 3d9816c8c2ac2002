package io.dclink;

import java.util.Objects;
import java.util.function.Consumer;

/** The one step of every {@code Consumer<Builder>} overload: a fresh builder, filled by the caller. */
final class Filled {

    private Filled() {
    }

    static <B> B in(B builder, Consumer<? super B> fill, String parameter) {
        Objects.requireNonNull(fill, parameter).accept(builder);
        return builder;
    }
}
