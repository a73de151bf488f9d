package org.qitdb.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void stackedColumnsAreAStandaloneSvgWithOneRectPerNonZeroValueAndEscapedLabels() throws Exception {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("ITU-T", new double[] {3, 0, 5});
        series.put("R&D <group>", new double[] {1, 2, 0});
        String svg = ReportCharts.stackedColumns("Publications & drafts", List.of("2020", "2021", "2022"), series, "entries", false);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 ");
        // background, 4 bars, 2 legend swatches
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 4 + 2);
        assertThat(svg).contains("R&amp;D &lt;group&gt;").contains("Publications &amp; drafts");
    }

    @Test
    void seriesBeyondTheEighthAreDrawnTogetherAsOther() {
        Map<String, double[]> series = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            series.put("ORG" + i, new double[] {i + 1});
        }
        Map<String, double[]> shown = ReportCharts.topSeries(series, 1);
        assertThat(shown).hasSize(9).containsKey("other");
        assertThat(shown.get("other")[0]).isEqualTo(1 + 2 + 3);
        assertThat(shown.keySet()).startsWith("ORG10");
    }

    @Test
    void axisMaximaAreRoundNumbersAtOrAboveTheData() {
        assertThat(ReportCharts.niceMax(0)).isEqualTo(1);
        assertThat(ReportCharts.niceMax(7)).isEqualTo(10);
        assertThat(ReportCharts.niceMax(38)).isEqualTo(50);
        assertThat(ReportCharts.niceMax(120)).isEqualTo(200);
        assertThat(ReportCharts.niceMax(100)).isEqualTo(100);
    }
}
