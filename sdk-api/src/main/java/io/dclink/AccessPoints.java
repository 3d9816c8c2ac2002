package io.dclink;

import io.dclink.model.AccessPoint;
import java.util.Optional;

/** Where lines can land. */
public interface AccessPoints {

    /** {@return every access point of the client's region, fetched lazily} */
    Paginated<AccessPoint> list();

    /**
     * {@return one access point by id, if it exists}
     *
     * @param id the access point id
     */
    Optional<AccessPoint> find(String id);
}
