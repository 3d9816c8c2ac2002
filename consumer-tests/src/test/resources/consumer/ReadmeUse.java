package example;

import io.dclink.*;
import io.dclink.auth.*;
import io.dclink.error.*;
import io.dclink.lifecycle.*;
import io.dclink.model.*;
import io.dclink.wait.*;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The README's first example, compiled as a consumer would paste it (the credentials are the parameters). */
final class ReadmeUse {

    private ReadmeUse() {
    }

    static void use(String secretId, String secretKey) {
        /* README */
    }
}
