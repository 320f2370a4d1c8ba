package org.entente.link;

/** One surface form of an actor in the registry's name index, and how the form refers to it. */
public record NameEntry(Actor actor, MentionKind kind) {
}
