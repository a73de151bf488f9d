package org.qitdb.reference.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL plans every subtree query from the statistics of the topic tables; a table never analyzed reads as
 * empty, and the landscape's grouped queries then take ten times longer. The tables are analyzed whenever the tree
 * is written, which the start of a new database does. (H2 keeps no such statistics: the test runs in the
 * PostgreSQL suite.)
 */
@QuarkusTest
class TopicStatisticsTest {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Inject
    EntityManager em;

    @Test
    void theTopicTablesHaveStatisticsFromTheStart() {
        assumeTrue(databaseKind.startsWith("postgres"), "PostgreSQL statistics");
        for (String table : new String[] {"topic", "topic_closure"}) {
            // -1: never analyzed (PostgreSQL 14 and later)
            Number estimated = (Number) em.createNativeQuery("select reltuples from pg_class where relname = :table")
                    .setParameter("table", table).getSingleResult();
            Number actual = (Number) em.createNativeQuery("select count(*) from " + table).getSingleResult();
            assertThat(estimated.doubleValue()).as("rows %s holds for the planner", table).isPositive();
            assertThat(actual.longValue()).as("rows in %s", table).isPositive();
        }
    }
}
