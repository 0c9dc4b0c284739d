package dev.altlas.tasks.builtin;

import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskPlugin;
import dev.altlas.tasks.builtin.approval.ApprovalWaitHandler;
import dev.altlas.tasks.builtin.content.TypedSettings;
import dev.altlas.tasks.builtin.data.DataFilterHandler;
import dev.altlas.tasks.builtin.data.DataJoinHandler;
import dev.altlas.tasks.builtin.data.DataMapHandler;
import dev.altlas.tasks.builtin.data.DataSortHandler;
import dev.altlas.tasks.builtin.data.DataTopHandler;
import dev.altlas.tasks.builtin.fs.FsListHandler;
import dev.altlas.tasks.builtin.fs.FsReadHandler;
import dev.altlas.tasks.builtin.fs.FsWriteHandler;
import dev.altlas.tasks.builtin.fs.Workspace;
import dev.altlas.tasks.builtin.http.GuardedHttp;
import dev.altlas.tasks.builtin.http.HttpRequestHandler;
import dev.altlas.tasks.builtin.http.HttpSettings;
import dev.altlas.tasks.builtin.notify.NotifyEmailHandler;
import dev.altlas.tasks.builtin.notify.NotifyWebhookHandler;
import dev.altlas.tasks.builtin.notify.SmtpSettings;
import dev.altlas.tasks.builtin.shell.ShellExecHandler;
import dev.altlas.tasks.builtin.storage.StorageGetHandler;
import dev.altlas.tasks.builtin.storage.StoragePutHandler;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * The handlers that need no AI model: files, HTTP, data, notifications, storage, approval, shell
 * and {@code unsupported}. Settings are read here, so a wrong value stops the start with a message
 * naming its key.
 */
public final class BuiltinTaskPlugin implements TaskPlugin {
  public static final String LOCALE = "altlas.locale";

  @Override
  public List<TaskHandler> handlers(TaskEnvironment environment) {
    var settings = new TypedSettings(environment.settings());
    Workspace workspace = Workspace.from(settings);
    HttpSettings httpSettings = HttpSettings.from(settings);
    var http = new GuardedHttp(httpSettings);
    Locale locale = locale(settings);
    return List.of(
        new FsListHandler(workspace),
        new FsReadHandler(
            workspace, settings.bytes(FsReadHandler.MAX_BYTES, FsReadHandler.DEFAULT_MAX_BYTES)),
        new FsWriteHandler(workspace),
        new HttpRequestHandler(http, httpSettings.maxBytes()),
        new DataFilterHandler(locale),
        new DataMapHandler(),
        new DataSortHandler(locale),
        new DataTopHandler(),
        new DataJoinHandler(),
        new NotifyEmailHandler(SmtpSettings.from(settings), workspace, environment.clock()),
        new NotifyWebhookHandler(http),
        new StoragePutHandler(),
        new StorageGetHandler(),
        new ApprovalWaitHandler(),
        new ShellExecHandler(settings.list(ShellExecHandler.ALLOW), workspace),
        new UnsupportedTaskHandler());
  }

  private static Locale locale(TypedSettings settings) {
    return settings
        .get(LOCALE)
        .map(
            tag -> {
              try {
                return new Locale.Builder().setLanguageTag(tag).build();
              } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException(
                    "setting "
                        + LOCALE
                        + " is '"
                        + tag
                        + "'; it must be a language tag such as tr or en-GB",
                    e);
              }
            })
        .orElse(Locale.ROOT);
  }
}
