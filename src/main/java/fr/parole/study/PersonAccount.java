package fr.parole.study;

/**
 * Someone who may open the atelier when it is shared on a network: their name, role
 * ({@code chercheur}, {@code co-chercheur} or {@code lecteur}), the bcrypt hash of their password
 * (never the password), whether a co-researcher may review suggestions, and when the account was made.
 */
public record PersonAccount(String name, String role, String passwordHash, boolean mayReview, String createdAt) {}
