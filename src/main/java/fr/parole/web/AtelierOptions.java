package fr.parole.web;

/**
 * How an atelier listens and who opens it. {@code host}: 127.0.0.1 by default (only this
 * computer); {@code port}: 0 for any free one; {@code localToken}: the secret of the address
 * printed at start, which signs in {@code localPerson} as a researcher without a password.
 */
public record AtelierOptions(String host, int port, String localToken, String localPerson) {
  public static final String LOOPBACK = "127.0.0.1";

  public boolean loopback() {
    return LOOPBACK.equals(host) || "localhost".equals(host) || "::1".equals(host);
  }
}
