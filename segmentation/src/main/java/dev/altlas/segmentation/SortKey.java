package dev.altlas.segmentation;

/**
 * How to order a list.
 *
 * @param by the field, e.g. size, modified, name
 * @param order asc or desc
 */
record SortKey(String by, String order) {}
