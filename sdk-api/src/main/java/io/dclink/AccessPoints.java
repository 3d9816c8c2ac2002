package io.dclink;

import io.dclink.model.AccessPoint;
import java.util.Optional;

/** Where lines can land. */
public interface AccessPoints {

    /**
     * Every access point of the client's region.
     *
     * @return the access points, fetched lazily
     */
    Paginated<AccessPoint> list();

    /**
     * One access point by id.
     *
     * @param id the access point id
     * @return the access point, if it exists
     */
    Optional<AccessPoint> find(String id);
}
