package dev.altlas.bench.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words generated runs are written in, one set per language: what the archive holds and what
 * the benchmark's queries look for. Templates name their slots in braces (see {@link
 * RunText#fill}).
 *
 * @param topics what runs are about, most common first (runs pick them by a Zipf law, so some words
 *     match many runs and most match few)
 * @param commands one per kind of run; each kind's tasks are {@link #PIPELINES} at the same index
 * @param summaries what a finished run of each kind says it did, by the same index
 * @param titles a task's title, by task type
 * @param outputs the text a task of each type gives back, by task type
 */
record Vocabulary(
    String language,
    Locale locale,
    List<String> topics,
    List<String> searchWords,
    List<String> periods,
    List<String> recipients,
    List<String> folders,
    List<String> regions,
    List<String> months,
    List<String> commands,
    List<String> summaries,
    Map<String, String> titles,
    Map<String, String> outputs,
    List<String> failedSummaries,
    String cancelledSummary,
    List<String> errorMessages) {

  /** How many topics each language has. */
  static final int TOPICS = 40;

  Vocabulary {
    if (topics.size() != TOPICS) {
      throw new IllegalArgumentException(
          language + ": " + topics.size() + " topics, not " + TOPICS);
    }
    if (commands.size() != PIPELINES.size() || summaries.size() != PIPELINES.size()) {
      throw new IllegalArgumentException(language + ": one command and summary per pipeline");
    }
    if (errorMessages.size() != ERROR_CODES.size()) {
      throw new IllegalArgumentException(language + ": one error message per error code");
    }
    for (List<String> pipeline : PIPELINES) {
      for (String type : pipeline) {
        if (!titles.containsKey(type) || !outputs.containsKey(type)) {
          throw new IllegalArgumentException(language + ": no title or output for " + type);
        }
      }
    }
  }

  /** The task types of each kind of run, in order. */
  static final List<List<String>> PIPELINES =
      List.of(
          List.of("fs.list", "data.sort"),
          List.of("http.request", "ai.summarize", "notify.email"),
          List.of("fs.read", "data.filter", "ai.summarize", "data.top"),
          List.of("data.map", "fs.write"),
          List.of("fs.read", "storage.get", "data.join"),
          List.of("http.request", "ai.summarize", "notify.webhook"),
          List.of("fs.list", "approval.wait", "shell.exec"),
          List.of("fs.read", "ai.translate", "fs.write"),
          List.of("fs.read", "ai.classify", "notify.email"),
          List.of("archive.search", "ai.rank", "ai.generate", "storage.put"),
          List.of("http.request", "ai.extract", "fs.write"),
          List.of("fs.list", "ai.embed", "archive.search"));

  /** Error codes of failed tasks; {@link #errorMessages} says each in words, by index. */
  static final List<String> ERROR_CODES =
      List.of(
          "http.timeout",
          "fs.not_found",
          "notify.smtp_refused",
          "ai.provider_unavailable",
          "storage.denied",
          "data.invalid",
          "task.timeout");

  /** Models AI tasks ran on, most used first. */
  static final List<String> MODELS =
      List.of(
          "local/extractive-v1",
          "gpt-4o-mini",
          "llama3.1:8b",
          "claude-3-5-haiku",
          "mistral-small",
          "qwen2.5:7b");

  /** Tags people put on plans, in either language. */
  static final List<String> TAGS =
      List.of(
          "finance",
          "weekly",
          "daily",
          "ops",
          "reports",
          "sales",
          "hr",
          "it",
          "customer",
          "monthly",
          "urgent",
          "archive",
          "rapor",
          "haftalık",
          "aylık",
          "muhasebe",
          "satış",
          "müşteri",
          "destek",
          "yedekleme");

  static final Vocabulary TURKISH =
      new Vocabulary(
          "tr",
          Locale.forLanguageTag("tr"),
          List.of(
              "satış",
              "fatura",
              "bütçe",
              "müşteri",
              "sipariş",
              "stok",
              "maaş",
              "kitap",
              "toplantı",
              "proje",
              "sunucu",
              "yedek",
              "sözleşme",
              "ödeme",
              "kampanya",
              "anket",
              "personel",
              "tedarikçi",
              "vergi",
              "kargo",
              "şikayet",
              "teklif",
              "envanter",
              "lisans",
              "eğitim",
              "sigorta",
              "kira",
              "enerji",
              "bakım",
              "güvenlik",
              "performans",
              "ziyaretçi",
              "abonelik",
              "iade",
              "üretim",
              "kalite",
              "fiyat",
              "trafik",
              "randevu",
              "hava"),
          List.of(
              "rapor", "özet", "dosya", "kayıt", "hata", "onay", "yedek", "tahmin", "arşiv", "csv",
              "bölge", "tutar"),
          List.of("haftanın", "ayın", "çeyreğin", "yılın"),
          List.of(
              "ekibe", "yönetime", "muhasebeye", "müşteriye", "satış ekibine", "destek ekibine"),
          List.of("./belgeler", "./raporlar", "~/İndirilenler", "/srv/paylaşım", "./arşiv"),
          List.of("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Ege bölgesi"),
          List.of(
              "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
              "Ekim", "Kasım", "Aralık"),
          List.of(
              "{F} klasöründeki {T} dosyalarını listele ve boyuta göre sırala",
              "{T} raporunu indir, özetle ve {D} e-posta ile gönder",
              "Geçen {P} {T} verilerini analiz et ve en önemli {N} maddeyi göster",
              "{T} tablosunu CSV olarak dışa aktar",
              "{T} kayıtlarını {T2} bilgileriyle karşılaştır",
              "Her sabah {T} özetini hazırla ve {D} ilet",
              "{F} içindeki eski {T} yedeklerini sil",
              "{T} belgelerini İngilizceye çevir",
              "{T} hatalarını bul ve {D} bildir",
              "{T} için aylık tahmin raporu oluştur",
              "{T} sayfasından güncel {T2} bilgilerini çıkar ve kaydet",
              "Arşivde {T} ile ilgili benzer çalışmaları bul"),
          List.of(
              "{F} klasöründe {rows} {T} dosyası listelendi, en büyüğü {kb} KB.",
              "{T} raporu indirildi, özetlendi ve {D} gönderildi.",
              "Geçen {P} {T} verileri incelendi; en önemli {N} madde çıkarıldı.",
              "{T} tablosu {rows} satır olarak CSV dosyasına yazıldı.",
              "{T} ve {T2} kayıtları karşılaştırıldı, {N} fark bulundu.",
              "{T} özeti hazırlandı ve {D} iletildi.",
              "{rows} eski {T} yedeği onaydan sonra silindi.",
              "{T} belgeleri İngilizceye çevrildi ({pages} sayfa).",
              "{T} günlüklerinde {N} hata bulundu ve {D} bildirildi.",
              "{T} için aylık tahmin raporu oluşturuldu ve arşive konuldu.",
              "{T} sayfasından {rows} {T2} kaydı çıkarıldı.",
              "Arşivde {T} ile ilgili {N} benzer çalışma bulundu."),
          Map.ofEntries(
              Map.entry("fs.list", "{T} dosyalarını listele"),
              Map.entry("fs.read", "{T} verilerini oku"),
              Map.entry("fs.write", "Sonucu {F} içine yaz"),
              Map.entry("http.request", "{T} raporunu indir"),
              Map.entry("data.filter", "Geçen {P} kayıtlarını süz"),
              Map.entry("data.map", "Sütunları seç"),
              Map.entry("data.sort", "Boyuta göre sırala"),
              Map.entry("data.top", "En önemli {N} maddeyi seç"),
              Map.entry("data.join", "{T2} bilgileriyle birleştir"),
              Map.entry("ai.generate", "Tahmin metnini yaz"),
              Map.entry("ai.summarize", "Raporu özetle"),
              Map.entry("ai.classify", "Hataları sınıflandır"),
              Map.entry("ai.extract", "{T2} bilgilerini çıkar"),
              Map.entry("ai.rank", "Sonuçları sırala"),
              Map.entry("ai.translate", "Belgeleri İngilizceye çevir"),
              Map.entry("ai.embed", "Belgelerin vektörlerini hesapla"),
              Map.entry("archive.search", "Arşivde benzer çalışmaları ara"),
              Map.entry("notify.email", "{D} e-posta gönder"),
              Map.entry("notify.webhook", "{D} bildirim gönder"),
              Map.entry("storage.put", "Sonucu depoya yükle"),
              Map.entry("storage.get", "{T2} dosyasını depodan al"),
              Map.entry("approval.wait", "Silmek için onay bekle"),
              Map.entry("shell.exec", "Eski yedekleri sil")),
          Map.ofEntries(
              Map.entry(
                  "fs.list",
                  "{F} içinde {rows} dosya bulundu: {t}-{year}-{month}.csv, {t}-özet.pdf ve"
                      + " {t2}-notlar.md. Toplam boyut {kb} KB; en yeni dosya {day} {monthname}"
                      + " tarihli."),
              Map.entry(
                  "fs.read",
                  "{t}-{year}.csv okundu ({kb} KB, {rows} satır). Sütunlar: tarih, {t}, tutar,"
                      + " bölge, sorumlu. Boş hücreler atlandı, {N} satır hatalı olduğu için"
                      + " işaretlendi."),
              Map.entry(
                  "fs.write",
                  "{F}/{t}-{year}-{month}.csv yazıldı ({kb} KB, {rows} satır). Önceki sürüm"
                      + " {t}-{year}-{month}.bak adıyla saklandı."),
              Map.entry(
                  "http.request",
                  "GET https://api.ornek.com.tr/v2/{t}?donem={month} isteği {ms} ms içinde 200"
                      + " döndü; {rows} kayıt alındı. Yanıt sayfalı geldi, {pages} sayfa"
                      + " birleştirildi."),
              Map.entry(
                  "data.filter",
                  "{rows} kayıttan {a} tanesi geçen {P} dönemine uyuyor; {b} kayıt tarih"
                      + " eksikliği nedeniyle dışarıda kaldı."),
              Map.entry(
                  "data.map",
                  "{rows} satırda tarih, {t}, tutar ve bölge sütunları seçildi; {N} sütun"
                      + " çıkarıldı."),
              Map.entry(
                  "data.sort",
                  "{rows} öğe {t} tutarına göre azalan sırada sıralandı. İlk sırada {t}-{id}"
                      + " ({amount} TL), son sırada {t2}-{id2} ({amount2} TL) var."),
              Map.entry(
                  "data.top",
                  "En önemli {N} madde: {t}-{id} ({amount} TL), {t2}-{id2} ({amount2} TL) ve"
                      + " {region} bölgesindeki geciken {t} onayları."),
              Map.entry(
                  "data.join",
                  "{N} satır birleştirildi; {t} ve {t2} anahtarları {rows} kayıtta eşleşti, {a}"
                      + " kayıt eşleşmedi."),
              Map.entry(
                  "ai.generate",
                  "Gelecek {P} için {t} tahmini: %{pct} artış bekleniyor. {region} en hızlı"
                      + " büyüyen bölge; {t2} tarafında ise düşüş riski var."),
              Map.entry(
                  "ai.summarize",
                  "{T} geçen {P} göre %{pct} arttı; en büyük değişiklik {region} kaynaklı. {T2}"
                      + " sabit kaldı. Dikkat gerektiren konular: geciken {t} onayları, {t2}"
                      + " tarafındaki eksik kayıtlar ve {region} için yüksek iade oranı."),
              Map.entry(
                  "ai.classify",
                  "{rows} {t} kaydı sınıflandırıldı: {a} normal, {b} uyarı, {c} kritik. Kritik"
                      + " kayıtların çoğu {region} bölgesinden geliyor."),
              Map.entry(
                  "ai.extract",
                  "Sayfadan {rows} {t2} kaydı çıkarıldı; alanlar: ad, tutar, tarih, {t}. {N}"
                      + " kayıtta tarih eksikti ve boş bırakıldı."),
              Map.entry(
                  "ai.rank",
                  "{N} sonuç benzerliğe göre sıralandı; ilk üçü {t} raporları, en düşük puan"
                      + " {t2} kaydında."),
              Map.entry(
                  "ai.translate",
                  "{pages} sayfa İngilizceye çevrildi ({words} sözcük). Terimler sözlüğe göre"
                      + " korundu; {N} cümle gözden geçirilmek üzere işaretlendi."),
              Map.entry(
                  "ai.embed",
                  "{rows} belgenin vektörü hesaplandı (384 boyut); {N} belge boş olduğu için"
                      + " atlandı."),
              Map.entry(
                  "archive.search",
                  "Arşivde {N} benzer çalışma bulundu; en yakını {day} {monthname} tarihli {t}"
                      + " raporu. Önceki çalışmaların %{pct} kadarı başarıyla bitmiş."),
              Map.entry(
                  "notify.email",
                  "İleti {D} gönderildi ({N} alıcı). Konu: \"{T} raporu, {monthname} {year}\"."
                      + " Ek olarak {t}-özet.pdf ({kb} KB) iliştirildi."),
              Map.entry(
                  "notify.webhook",
                  "POST https://hooks.ornek.com.tr/{t} 204 döndü ({ms} ms); bildirim {D}"
                      + " ulaştı."),
              Map.entry(
                  "storage.put",
                  "Yükleme tamamlandı: s3://altlas-arsiv/{t}/{year}/{month}/{t}-{id}.json"
                      + " ({kb} KB). Sürüm etiketi v{N} olarak ayarlandı."),
              Map.entry(
                  "storage.get",
                  "s3://altlas-arsiv/{t2}/{year}/{t2}-{id2}.json alındı ({kb} KB, {rows}"
                      + " kayıt)."),
              Map.entry(
                  "approval.wait",
                  "Onay verildi: {D} {day} {monthname} tarihinde {rows} dosyanın silinmesini"
                      + " onayladı."),
              Map.entry(
                  "shell.exec",
                  "find {F} -name '{t}-*.bak' -mtime +90 -delete: {rows} dosya silindi, {kb} KB"
                      + " yer açıldı.")),
          List.of(
              "Çalışma başarısız oldu: {error}.",
              "{T} işi yarıda kaldı: {error}.",
              "Bazı görevler tamamlanamadı; {error}."),
          "Çalışma iptal edildi; {T} işi yarım kaldı.",
          List.of(
              "sunucu 30 saniye içinde yanıt vermedi",
              "dosya bulunamadı: ./raporlar/{t}-{year}.csv",
              "posta sunucusu iletiyi reddetti",
              "model sağlayıcısı zamanında yanıt vermedi",
              "erişim reddedildi",
              "'tutar' sütununun {rows}. satırında metin var",
              "görev süre sınırını aştı"));

  static final Vocabulary ENGLISH =
      new Vocabulary(
          "en",
          Locale.ENGLISH,
          List.of(
              "sales",
              "invoice",
              "budget",
              "customer",
              "order",
              "inventory",
              "payroll",
              "book",
              "meeting",
              "project",
              "server",
              "backup",
              "contract",
              "payment",
              "campaign",
              "survey",
              "staff",
              "supplier",
              "tax",
              "shipping",
              "complaint",
              "quote",
              "license",
              "training",
              "insurance",
              "rent",
              "energy",
              "maintenance",
              "security",
              "performance",
              "visitor",
              "subscription",
              "refund",
              "production",
              "quality",
              "price",
              "traffic",
              "appointment",
              "weather",
              "release"),
          List.of(
              "report",
              "summary",
              "files",
              "records",
              "errors",
              "approval",
              "backups",
              "forecast",
              "archive",
              "csv",
              "region",
              "amount"),
          List.of("week", "month", "quarter", "year"),
          List.of("the team", "management", "finance", "the customer", "the sales team", "support"),
          List.of("./docs", "./reports", "~/Downloads", "/srv/share", "./archive"),
          List.of("London", "Berlin", "New York", "the Midwest", "Scotland", "Bavaria"),
          List.of(
              "January",
              "February",
              "March",
              "April",
              "May",
              "June",
              "July",
              "August",
              "September",
              "October",
              "November",
              "December"),
          List.of(
              "List the {T} files in {F} and sort them by size",
              "Download the {T} report, summarize it and email it to {D}",
              "Analyze last {P}'s {T} data and show the top {N} items",
              "Export the {T} table as CSV",
              "Compare the {T} records with the {T2} data",
              "Every morning prepare a {T} summary and send it to {D}",
              "Delete old {T} backups in {F}",
              "Translate the {T} documents into Turkish",
              "Find errors in the {T} logs and notify {D}",
              "Create a monthly {T} forecast report",
              "Extract the current {T2} figures from the {T} page and save them",
              "Find similar runs about {T} in the archive"),
          List.of(
              "{rows} {T} files listed in {F}, the largest is {kb} KB.",
              "The {T} report was downloaded, summarized and emailed to {D}.",
              "Last {P}'s {T} data was analyzed; the top {N} items were picked.",
              "The {T} table was written as a CSV file of {rows} rows.",
              "The {T} and {T2} records were compared; {N} differences found.",
              "The {T} summary was prepared and sent to {D}.",
              "{rows} old {T} backups were deleted after approval.",
              "The {T} documents were translated into Turkish ({pages} pages).",
              "{N} errors found in the {T} logs; {D} was notified.",
              "The monthly {T} forecast report was created and archived.",
              "{rows} {T2} records were extracted from the {T} page.",
              "{N} similar runs about {T} were found in the archive."),
          Map.ofEntries(
              Map.entry("fs.list", "List the {T} files"),
              Map.entry("fs.read", "Read the {T} data"),
              Map.entry("fs.write", "Write the result to {F}"),
              Map.entry("http.request", "Download the {T} report"),
              Map.entry("data.filter", "Keep last {P}'s records"),
              Map.entry("data.map", "Select the columns"),
              Map.entry("data.sort", "Sort by size"),
              Map.entry("data.top", "Pick the top {N} items"),
              Map.entry("data.join", "Join with the {T2} data"),
              Map.entry("ai.generate", "Write the forecast"),
              Map.entry("ai.summarize", "Summarize the report"),
              Map.entry("ai.classify", "Classify the errors"),
              Map.entry("ai.extract", "Extract the {T2} figures"),
              Map.entry("ai.rank", "Rank the results"),
              Map.entry("ai.translate", "Translate the documents into Turkish"),
              Map.entry("ai.embed", "Embed the documents"),
              Map.entry("archive.search", "Search the archive for similar runs"),
              Map.entry("notify.email", "Email {D}"),
              Map.entry("notify.webhook", "Notify {D}"),
              Map.entry("storage.put", "Upload the result"),
              Map.entry("storage.get", "Fetch the {T2} file from storage"),
              Map.entry("approval.wait", "Wait for approval to delete"),
              Map.entry("shell.exec", "Delete the old backups")),
          Map.ofEntries(
              Map.entry(
                  "fs.list",
                  "{rows} files found in {F}: {t}-{year}-{month}.csv, {t}-summary.pdf and"
                      + " {t2}-notes.md. Total size {kb} KB; the newest file is from {monthname}"
                      + " {day}."),
              Map.entry(
                  "fs.read",
                  "Read {t}-{year}.csv ({kb} KB, {rows} rows). Columns: date, {t}, amount,"
                      + " region, owner. Empty cells were skipped and {N} rows were flagged as"
                      + " invalid."),
              Map.entry(
                  "fs.write",
                  "Wrote {F}/{t}-{year}-{month}.csv ({kb} KB, {rows} rows). The previous"
                      + " version was kept as {t}-{year}-{month}.bak."),
              Map.entry(
                  "http.request",
                  "GET https://api.example.com/v2/{t}?period={month} returned 200 in {ms} ms"
                      + " with {rows} records. The response was paged; {pages} pages were"
                      + " merged."),
              Map.entry(
                  "data.filter",
                  "{a} of {rows} records fall in last {P}; {b} records were left out because"
                      + " their date is missing."),
              Map.entry(
                  "data.map",
                  "Selected the date, {t}, amount and region columns in {rows} rows; {N}"
                      + " columns were dropped."),
              Map.entry(
                  "data.sort",
                  "{rows} items sorted by {t} amount, descending. First is {t}-{id} ({amount}"
                      + " USD), last is {t2}-{id2} ({amount2} USD)."),
              Map.entry(
                  "data.top",
                  "Top {N} items: {t}-{id} ({amount} USD), {t2}-{id2} ({amount2} USD) and the"
                      + " late {t} approvals in {region}."),
              Map.entry(
                  "data.join",
                  "Joined {N} rows; the {t} and {t2} keys matched in {rows} records, {a} did"
                      + " not match."),
              Map.entry(
                  "ai.generate",
                  "{T} forecast for next {P}: a {pct}% rise is expected. {region} grows fastest;"
                      + " {t2} is at risk of a decline."),
              Map.entry(
                  "ai.summarize",
                  "{T} rose {pct}% compared with last {P}; the largest change came from"
                      + " {region}. {T2} stayed flat. Items that need attention: late {t}"
                      + " approvals, missing {t2} entries and a high refund rate in {region}."),
              Map.entry(
                  "ai.classify",
                  "{rows} {t} entries classified: {a} normal, {b} warning, {c} critical. Most"
                      + " critical entries come from {region}."),
              Map.entry(
                  "ai.extract",
                  "Extracted {rows} {t2} records from the page; fields: name, amount, date, {t}."
                      + " {N} records had no date and were left empty."),
              Map.entry(
                  "ai.rank",
                  "Ranked {N} results by similarity; the top three are {t} reports, the lowest"
                      + " score is a {t2} record."),
              Map.entry(
                  "ai.translate",
                  "Translated {pages} pages into Turkish ({words} words). Terms were kept as in"
                      + " the glossary; {N} sentences were flagged for review."),
              Map.entry(
                  "ai.embed",
                  "Embedded {rows} documents (384 dimensions); {N} empty documents were"
                      + " skipped."),
              Map.entry(
                  "archive.search",
                  "{N} similar runs found in the archive; the closest is the {t} report of"
                      + " {monthname} {day}. {pct}% of the earlier runs succeeded."),
              Map.entry(
                  "notify.email",
                  "Message sent to {D} ({N} recipients), subject: \"{T} report, {monthname}"
                      + " {year}\". Attached {t}-summary.pdf ({kb} KB)."),
              Map.entry(
                  "notify.webhook",
                  "POST https://hooks.example.com/{t} returned 204 in {ms} ms; {D} was"
                      + " notified."),
              Map.entry(
                  "storage.put",
                  "Upload done: s3://altlas-archive/{t}/{year}/{month}/{t}-{id}.json ({kb} KB)."
                      + " Version label set to v{N}."),
              Map.entry(
                  "storage.get",
                  "Fetched s3://altlas-archive/{t2}/{year}/{t2}-{id2}.json ({kb} KB, {rows}"
                      + " records)."),
              Map.entry(
                  "approval.wait",
                  "Approved: {D} agreed on {monthname} {day} to delete {rows} files."),
              Map.entry(
                  "shell.exec",
                  "find {F} -name '{t}-*.bak' -mtime +90 -delete: {rows} files deleted, {kb} KB"
                      + " freed.")),
          List.of(
              "The run failed: {error}.",
              "The {t} job stopped halfway: {error}.",
              "Some tasks could not finish; {error}."),
          "The run was cancelled; the {T} job is unfinished.",
          List.of(
              "the server did not answer within 30 seconds",
              "no such file: ./reports/{t}-{year}.csv",
              "the mail server refused the message",
              "the model provider did not answer in time",
              "access denied",
              "column 'amount' holds text in row {rows}",
              "the task ran past its time limit"));

  static final List<Vocabulary> ALL = List.of(TURKISH, ENGLISH);
}
