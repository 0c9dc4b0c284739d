package dev.altlas.tasks.builtin.notify;

/** A file to attach to an e-mail, read into memory. */
@SuppressWarnings("ArrayRecordComponent") // never compared, and the content is not changed after
record Attachment(String fileName, String mediaType, byte[] content) {}
