package org.craftrank.bench.stack;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** One entity, so that Hibernate ORM boots as it does in CraftRank. */
@Entity
public class Greeting extends PanacheEntity {
    public String text;
}
