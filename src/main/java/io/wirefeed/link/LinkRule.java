package io.wirefeed.link;

/**
 * Whether two stories are linked: they share a band (so the stream ever compares them) and their
 * estimated similarity reaches the threshold. The pipeline and {@code similar} both ask this.
 */
public final class LinkRule {

  private final LinkSettings settings;

  public LinkRule(LinkSettings settings) {
    this.settings = settings;
  }

  /** The band a linked pair is reported from, or -1 if the pair is not linked. */
  public int reportingBand(Signature a, Signature b) {
    int band = a.lowestSharedBand(b, settings.bands(), settings.rows());
    return band >= 0 && a.similarity(b) >= settings.threshold() ? band : -1;
  }

  public boolean links(Signature a, Signature b) {
    return reportingBand(a, b) >= 0;
  }
}
