package io.dclink.core.testplugin;

/** Claims the id "alpha" a second time (it hands out alpha's descriptor); installed only by the duplicate-id test. */
public class AlphaTwinProvider extends AlphaProvider {
}
