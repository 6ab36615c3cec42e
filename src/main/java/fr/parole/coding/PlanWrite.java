package fr.parole.coding;

import fr.parole.study.Codings;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import java.util.Collection;
import java.util.Set;

/**
 * One codebook's part of a coding run's transaction: the machine's pending suggestions on the
 * sources coded again are cleared first, then each new suggestion is written unless a person has
 * decided on that segment and code (their decision is never touched, and gets no suggestion beside
 * it), and last the thresholds, the sources coded and the event are recorded.
 */
final class PlanWrite {
  private final StoreTransaction tx;
  private final CodingService.Plan plan;
  private final String coder;
  private final Codings codings;
  private final int replaced;
  private final Set<String> decided;
  private int written;
  private int keptForPeople;

  /**
   * Clears the codebook's pending suggestions on the sources {@code coded} (all of them when
   * {@code everything}: a whole run with {@code --tout}, or a first run) and on the sources
   * {@code dropped} (study.yaml gave them another codebook), then reads people's decisions.
   */
  PlanWrite(StoreTransaction tx, CodingService.Plan plan, String coder, boolean everything, Collection<Long> coded,
      Set<Long> dropped) {
    this.tx = tx;
    this.plan = plan;
    this.coder = coder;
    this.codings = tx.codings();
    String codebook = plan.codebook().id();
    this.replaced = everything ? codings.deleteMachineSuggestions(codebook)
        : codings.deleteMachineSuggestions(codebook, coded);
    codings.deleteMachineSuggestions(codebook, dropped);
    tx.codedSources().forget(codebook, dropped);
    this.decided = codings.humanDecisions(codebook);
  }

  /** Writes a suggestion, unless a person decided on its segment and code. */
  void add(long segmentId, Suggestion suggestion) {
    // Most runs have no human decision yet: no key to build per suggestion then.
    if (!decided.isEmpty() && decided.contains(Codings.key(segmentId, suggestion.code()))) {
      keptForPeople++;
    } else {
      codings.add(new NewCoding(segmentId, plan.codebook().id(), suggestion.code(), coder, suggestion.origin(),
          suggestion.confidence(), "suggested", suggestion.evidence(), null, null));
      written++;
    }
  }

  /** Records the thresholds used, the sources {@code coded} with this plan's fingerprint and the event. */
  CodingService.Result finish(Set<Long> coded, int segments) {
    String codebook = plan.codebook().id();
    codings.replaceThresholds(codebook, CodeThresholds.of(plan.codebook(), plan.model()));
    tx.codedSources().mark(codebook, plan.fingerprint().value(), coded);
    tx.logEvent("code", "{\"codebook\":\"" + codebook.replace("\"", "") + "\",\"suggestions\":" + written
        + ",\"segments\":" + segments + "}");
    return new CodingService.Result(segments, written, replaced, keptForPeople);
  }
}
