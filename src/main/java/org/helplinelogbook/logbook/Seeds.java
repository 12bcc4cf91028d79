package org.helplinelogbook.logbook;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.TaxonomyEntry;

/** Reads the default taxonomy, example campaigns and demo distributions shipped from {@code seeds/}. */
public final class Seeds {

    private Seeds() {}

    public static List<TaxonomyEntry> taxonomy() {
        List<TaxonomyEntry> entries = new ArrayList<>();
        Map<Dimension, Integer> order = new HashMap<>();
        for (NamedCsvRecord r : records("taxonomy.csv")) {
            Dimension dimension = Dimension.fromCode(r.getField("dimension"));
            int sort = order.merge(dimension, 10, Integer::sum);
            String group = r.getField("group");
            String data = r.getField("counts_as_data");
            entries.add(new TaxonomyEntry(dimension, r.getField("code"), r.getField("label"),
                    group.isBlank() ? null : group, sort, true, data.isBlank() || Boolean.parseBoolean(data)));
        }
        return entries;
    }

    public static List<Campaign> campaigns() {
        List<Campaign> campaigns = new ArrayList<>();
        for (NamedCsvRecord r : records("campaigns.csv")) {
            String cost = r.getField("cost");
            campaigns.add(new Campaign(0, r.getField("name"), LocalDate.parse(r.getField("starts_on")),
                    LocalDate.parse(r.getField("ends_on")), cost.isBlank() ? null : new BigDecimal(cost),
                    r.getField("currency"), blankToNull(r.getField("platforms")), blankToNull(r.getField("notes"))));
        }
        return campaigns;
    }

    public static Properties demoDistributions() {
        var props = new Properties();
        try (InputStream in = open("demo.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private static List<NamedCsvRecord> records(String name) {
        try (InputStream in = open(name);
                var reader = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name);
        if (in == null) {
            throw new IllegalStateException("seed file missing from the application: " + name);
        }
        return in;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
