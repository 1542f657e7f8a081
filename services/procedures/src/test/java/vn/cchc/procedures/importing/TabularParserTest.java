package vn.cchc.procedures.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.domain.Channel;
import vn.cchc.procedures.domain.ImportJob.RowError;
import vn.cchc.procedures.domain.OnlineLevel;
import vn.cchc.procedures.domain.TimeUnit;

class TabularParserTest {

    static final String HEADER = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Đơn vị thời hạn,"
            + "Cách thức thực hiện,Mức độ DVCTT,Đủ điều kiện toàn trình,\"Phí, lệ phí\",Căn cứ pháp lý,"
            + "Giờ tiếp nhận buổi chiều,Số QĐ công bố,Ngày QĐ,Ngày hiệu lực\n";

    @Test
    void readsTheNationalDatabaseWording() throws Exception {
        String csv = HEADER
                + "2.000908.000.00.00.H61,Cấp bản sao từ sổ gốc,Chứng thực,Cấp tỉnh; Cấp xã,\"0,5\",Ngày làm việc,"
                + "Trực tiếp; Trực tuyến; Bưu chính công ích,Toàn trình,Có,Phí: 8.000 đồng,Nghị định 23/2015/NĐ-CP; Luật Hộ tịch,"
                + "15:00,2411/QĐ-UBND,04/11/2025,2025-11-15\n";
        ParsedFile parsed = TabularParser.csv(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.errors());
        ImportRow row = parsed.rows().get(0);
        assertEquals("2.000908.000.00.00.H61", row.code());
        assertEquals(List.of("PROVINCE", "COMMUNE"), row.content().levels());
        assertEquals(
                List.of(Channel.DIRECT, Channel.ONLINE, Channel.POSTAL),
                row.content().channels());
        assertEquals(OnlineLevel.FULL, row.content().onlineLevel());
        assertTrue(row.content().fullOnlineEligible());
        assertEquals(
                0,
                new BigDecimal("0.5").compareTo(row.content().processingTime().value()));
        assertEquals(TimeUnit.WORKING_DAYS, row.content().processingTime().unit());
        assertEquals(new BigDecimal("8000"), row.content().fees().get(0).amount());
        assertEquals("Phí", row.content().fees().get(0).name());
        assertEquals(
                List.of("Nghị định 23/2015/NĐ-CP", "Luật Hộ tịch"),
                row.content().legalBasis());
        assertEquals(LocalTime.of(15, 0), row.content().afternoonCutoff());
        assertEquals(LocalDate.of(2025, 11, 4), row.decisionDate());
        assertEquals(LocalDate.of(2025, 11, 15), row.effectiveDate());
    }

    @Test
    void reportsUnreadableCellsWithRowAndField() throws Exception {
        String csv = HEADER
                + "1.1,Tên,Lĩnh vực,Cấp xã,3,tuần,Fax,Gần hết,Có,Phí: tám nghìn,,,,31/02/2025,\n"
                + "1.2,Tên,Lĩnh vực,Cấp xã,ba,Ngày,Trực tiếp,,,,,25:99,,,\n";
        ParsedFile parsed = TabularParser.csv(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, parsed.rowCount());
        List<String> found = parsed.errors().stream()
                .map(e -> e.row() + ":" + e.field() + ":" + e.rule())
                .toList();
        assertEquals(
                List.of(
                        "1:processingTimeUnit:oneOf",
                        "1:channels:oneOf",
                        "1:onlineLevel:oneOf",
                        "1:fees:format",
                        "1:decisionDate:date",
                        "2:processingTime:number",
                        "2:afternoonCutoff:time"),
                found);
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsRejectsTheFile() throws Exception {
        ParsedFile parsed = TabularParser.csv("Tên TTHC;Lĩnh vực\nA;B\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of("code", "processingTime"),
                parsed.errors().stream().map(RowError::field).toList());
        assertEquals(List.of(), parsed.rows());
    }

    @Test
    void readsTheFirstSheetOfAnExcelFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "cchc", "1.0")) {
            Worksheet ws = wb.newWorksheet("TTHC");
            String[] header = {
                "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Đơn vị thời hạn"
            };
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
            }
            ws.value(1, 0, "1.001193.H99");
            ws.value(1, 1, "Đăng ký khai sinh");
            ws.value(1, 2, "Hộ tịch");
            ws.value(1, 3, "Cấp xã");
            ws.value(1, 4, 3);
            ws.value(1, 5, "Ngày làm việc");
        }
        ParsedFile parsed = TabularParser.xlsx(out.toByteArray());
        assertEquals(List.of(), parsed.errors());
        assertEquals("Đăng ký khai sinh", parsed.rows().get(0).content().name());
        assertEquals(
                0,
                BigDecimal.valueOf(3)
                        .compareTo(
                                parsed.rows().get(0).content().processingTime().value()));
    }
}
