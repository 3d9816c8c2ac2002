package io.dclink.core.testplugin;

/** Claims the id "alpha" a second time; installed only by the duplicate-id test. */
public class AlphaTwinProvider extends AlphaProvider {
}
