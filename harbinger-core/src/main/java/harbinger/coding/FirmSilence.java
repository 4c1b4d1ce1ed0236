package harbinger.coding;

/**
 * A firm declining to comment: "the carmaker declined to comment on reports of a merger". CAMEO's 011 is a political
 * actor's refusal to speak on a matter; a company's silence about its own business is no political statement. The
 * sign is a decline-comment trigger whose doer is named as a business ({@link CommercialDeals#business}, found as
 * {@link CommercialDeals#doer} finds it); "the ministry declined to comment" stays 011. Split out of
 * {@link CommercialDeals} in session 20 (it had answered both trade and silence); behaviour unchanged. Stateless.
 */
final class FirmSilence {
  private FirmSilence() {}

  /** True when the trigger at {@code i}, coded {@code code}, is a firm declining to comment. */
  static boolean silent(SentenceGraph g, int i, String code, boolean noun) {
    if (!code.equals("011")) return false;
    Integer doer = CommercialDeals.doer(g, i, noun);
    return doer != null && CommercialDeals.business(g, doer);
  }
}
