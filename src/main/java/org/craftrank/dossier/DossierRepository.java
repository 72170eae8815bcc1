package org.craftrank.dossier;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The dossier's rows: files (metadata) and texts. */
@ApplicationScoped
public class DossierRepository implements PanacheRepository<DossierFile> {

    public List<DossierFile> filesOf(long campaignId, long candidateId) {
        return find("campaignId = ?1 and candidateId = ?2 order by sectionCode, id", campaignId, candidateId).list();
    }

    public Optional<DossierFile> file(long campaignId, long candidateId, long fileId) {
        return find("campaignId = ?1 and candidateId = ?2 and id = ?3", campaignId, candidateId, fileId)
                .firstResultOptional();
    }

    public Optional<DossierFile> sameBytes(long candidateId, String sha256) {
        return find("candidateId = ?1 and sha256 = ?2", candidateId, sha256).firstResultOptional();
    }

    public long storedBytes(long candidateId) {
        Long sum = getEntityManager()
                .createQuery("select coalesce(sum(f.sizeBytes), 0) from DossierFile f where f.candidateId = :c", Long.class)
                .setParameter("c", candidateId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    public List<DossierText> textsOf(long campaignId, long candidateId) {
        return getEntityManager().createQuery(
                        "select t from DossierText t where t.campaignId = :p and t.candidateId = :c order by t.sectionCode",
                        DossierText.class)
                .setParameter("p", campaignId).setParameter("c", candidateId).getResultList();
    }

    public Optional<DossierText> text(long candidateId, String section) {
        return getEntityManager().createQuery(
                        "select t from DossierText t where t.candidateId = :c and t.sectionCode = :s", DossierText.class)
                .setParameter("c", candidateId).setParameter("s", section).getResultStream().findFirst();
    }

    public void persistText(DossierText text) {
        getEntityManager().persist(text);
    }

    public void removeText(DossierText text) {
        getEntityManager().remove(text);
    }

    /** Every storage key the database knows, for the orphan purge. */
    public Set<String> storageKeys() {
        return new HashSet<>(getEntityManager()
                .createQuery("select f.storageKey from DossierFile f", String.class).getResultList());
    }
}
