package dev.altlas.segmentation;

import java.util.List;

/**
 * Everything a clause says besides its verb: the values the planner fills task parameters with.
 * Values the clause does not give are null (or empty lists).
 *
 * @param language a language the clause names: the target of a translation or of a summary
 * @param program a command to run: text in backticks or quotes, or a script path
 * @param joinKey the field two lists are joined on: "on id"
 * @param refersBack the clause points at earlier data: "them", "the results", "sonuçları"
 */
record Slots(
    Sources sources,
    Shaping shaping,
    List<String> emails,
    List<String> quoted,
    String program,
    String format,
    String language,
    Labels labels,
    List<String> extractFields,
    List<String> selectFields,
    Integer sentences,
    String since,
    String runStatus,
    String httpMethod,
    String subject,
    String message,
    String key,
    String searchQuery,
    String rankQuery,
    String joinKey,
    boolean overwrite,
    boolean refersBack) {

  Slots {
    emails = List.copyOf(emails);
    quoted = List.copyOf(quoted);
    extractFields = List.copyOf(extractFields);
    selectFields = List.copyOf(selectFields);
  }

  Slots withSources(Sources newSources) {
    return new Slots(
        newSources,
        shaping,
        emails,
        quoted,
        program,
        format,
        language,
        labels,
        extractFields,
        selectFields,
        sentences,
        since,
        runStatus,
        httpMethod,
        subject,
        message,
        key,
        searchQuery,
        rankQuery,
        joinKey,
        overwrite,
        refersBack);
  }

  Slots withShaping(Shaping newShaping) {
    return new Slots(
        sources,
        newShaping,
        emails,
        quoted,
        program,
        format,
        language,
        labels,
        extractFields,
        selectFields,
        sentences,
        since,
        runStatus,
        httpMethod,
        subject,
        message,
        key,
        searchQuery,
        rankQuery,
        joinKey,
        overwrite,
        refersBack);
  }

  Slots withRefersBack(boolean newRefersBack) {
    return new Slots(
        sources,
        shaping,
        emails,
        quoted,
        program,
        format,
        language,
        labels,
        extractFields,
        selectFields,
        sentences,
        since,
        runStatus,
        httpMethod,
        subject,
        message,
        key,
        searchQuery,
        rankQuery,
        joinKey,
        overwrite,
        newRefersBack);
  }
}
