package io.dclink.faultcorpus;

import io.dclink.auth.Secret;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import io.dclink.model.LoaApplication;
import java.time.Instant;
import java.util.List;

/** Valid requests both providers' cases share. */
final class Requests {

    private Requests() {
    }

    static LoaApplication loa() {
        return LoaApplication.builder().companyName("Corpus Networks Ltd").constructionCompany("Corpus Installers")
                .constructionType(ConstructionType.FIBRE).constructionTime(Instant.parse("2030-01-15T02:00:00Z"))
                .customerLocation("Rack 7, Hall C").bandwidthMbps(1000)
                .engineers(List.of(new FieldEngineer("Wang Wu", "13700000000", IdDocumentType.ID_CARD,
                        Secret.of("110101199002022345"), Gender.MALE)))
                .build();
    }

    static ConstructionReport report() {
        return ConstructionReport.builder().lineCode("CT-HZ-LINE-777").cableLabel("HZ-C-07-01")
                .lineServiceProvider("China Telecom").lineServiceContact("13900000001").build();
    }
}
