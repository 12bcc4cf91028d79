package org.helplinelogbook.domain;

import java.util.List;
import java.util.Optional;

public interface CampaignRepository {

    List<Campaign> list();

    Optional<Campaign> findByName(String name);

    long insert(Campaign campaign);

    void update(Campaign campaign);

    void delete(long id);
}
