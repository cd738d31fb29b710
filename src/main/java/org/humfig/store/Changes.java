package org.humfig.store;

/**
 * What a run changed in a store.
 *
 * @param added documents stored for the first time
 * @param unchanged documents whose text the store held already, under any id or address
 * @param corrected documents that replaced an earlier text at the same address
 * @param figuresAdded figures stored
 * @param figuresSuperseded figures of replaced documents, now kept as history
 */
public record Changes(
    long added, long unchanged, long corrected, long figuresAdded, long figuresSuperseded) {}
