package io.dclink;

import io.dclink.runtime.DirectConnectRuntime;

/** Finds dclink's runtime (sdk-core) on the class path. */
final class RuntimeLocator {

    private RuntimeLocator() {
    }

    static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DirectConnect.class.getClassLoader();
    }

    static DirectConnectRuntime locate(ClassLoader loader) {
        return DirectConnectRuntime.locate(loader);
    }
}
