/** The {@code dclink} command line. */
module io.dclink.cli {
    requires io.dclink.api;
    requires io.dclink.spi;
    requires io.dclink.testkit.emulators;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires org.slf4j;

    opens io.dclink.cli to info.picocli;
}
