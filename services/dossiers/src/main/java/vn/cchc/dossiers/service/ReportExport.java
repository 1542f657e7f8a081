package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.cchc.dossiers.domain.PeriodReport;

/** The period report as an Excel workbook, with the column groups users know from the paper template. */
@ApplicationScoped
public class ReportExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADERS = {
        "Mã",
        "Đơn vị / nhóm",
        "Kỳ trước chuyển qua",
        "Mới tiếp nhận",
        "Trực tuyến",
        "Trực tiếp",
        "Bưu chính",
        "Đã giải quyết",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Đang giải quyết",
        "Trong hạn",
        "Quá hạn (đang giải quyết)",
        "Quá hạn có thư xin lỗi",
        "Quá hạn chưa có thư xin lỗi",
        "Từ chối",
        "Rút hồ sơ",
        "Dừng xử lý",
        "Tỷ lệ đúng hạn (%)"
    };

    public byte[] xlsx(ReportService.Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "CCHC", "1.0")) {
            Worksheet ws = wb.newWorksheet("Báo cáo");
            ws.value(0, 0, "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            ws.style(0, 0).bold().set();
            ws.value(1, 0, "Đơn vị: " + report.unitCode() + " — Kỳ báo cáo: " + report.from() + " đến " + report.to());
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(3, c, HEADERS[c]);
                ws.style(3, c).bold().wrapText(true).set();
            }
            List<PeriodReport> rows = new ArrayList<>(report.rows());
            rows.add(report.total());
            int r = 4;
            for (PeriodReport p : rows) {
                Object[] v = {
                    p.key(),
                    p.name(),
                    p.carriedOver(),
                    p.received(),
                    p.receivedOnline(),
                    p.receivedDirect(),
                    p.receivedPostal(),
                    p.resolved(),
                    p.resolvedEarly(),
                    p.resolvedOnTime(),
                    p.resolvedLate(),
                    p.inProgress(),
                    p.inProgressWithinTime(),
                    p.inProgressOverdue(),
                    p.lateWithApology(),
                    p.lateWithoutApology(),
                    p.refused(),
                    p.withdrawn(),
                    p.stopped(),
                    p.onTimeRate()
                };
                for (int c = 0; c < v.length; c++) {
                    if (v[c] instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v[c] != null) {
                        ws.value(r, c, v[c].toString());
                    }
                }
                r++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
