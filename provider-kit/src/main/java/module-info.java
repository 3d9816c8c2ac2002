/**
 * What provider plugins build on, versioned with the SPI: table-driven error classification,
 * strict JSON reading, paging with guards, call helpers, signing and validation utilities.
 */
module io.dclink.provider.kit {
    requires transitive io.dclink.api;
    requires transitive io.dclink.spi;
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.dclink.kit.async;
    exports io.dclink.kit.call;
    exports io.dclink.kit.http;
    exports io.dclink.kit.json;
    exports io.dclink.kit.paging;
    exports io.dclink.kit.profile;
    exports io.dclink.kit.validation;
}
