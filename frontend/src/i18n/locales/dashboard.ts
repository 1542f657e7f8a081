/** Texts of the staff home page (work dashboard) and the navigation counts. `dashboardEn` must have the same keys. */
export const dashboardVi = {
  asOf: 'Số liệu lúc {{time}}',
  asOfDay: 'Số liệu ngày {{date}}',
  navOverdue: '{{count}} hồ sơ quá hạn',
  quickLinks: 'Chức năng',
  dossiers: {
    title: 'Hồ sơ cần xử lý',
    waiting: 'Chờ xử lý',
    inProgress: 'Đang xử lý',
    dueSoon: 'Sắp đến hạn',
    overdue: 'Quá hạn',
    overdueWithoutApology: 'Quá hạn chưa có thư xin lỗi',
    perUnit: 'Theo đơn vị',
    unit: 'Đơn vị',
    hint: {
      waiting: 'Đã tiếp nhận, chưa chuyển xử lý',
      inProgress: 'Đang giải quyết (không tính hồ sơ đang chờ bổ sung hoặc thực hiện nghĩa vụ tài chính)',
      dueSoon: 'Còn hạn, hạn trả đến hết ngày làm việc tiếp theo (trước {{time}}); không tính hồ sơ đang tạm dừng',
      overdue: 'Chưa giải quyết xong và đã quá hạn trả kết quả',
      overdueWithoutApology: 'Quá hạn mà chưa có văn bản xin lỗi, hẹn lại ngày trả (Mẫu 04)',
    },
  },
  inspections: {
    title: 'Kiểm tra cải cách hành chính',
    conclusionsDue: 'Kết luận phải ban hành',
    conclusionsOverdue: 'Kết luận quá hạn',
    remediationOverdue: 'Khắc phục quá hạn',
    hint: {
      conclusionsDue: 'Đã kết thúc kiểm tra, chưa ban hành thông báo kết luận',
      conclusionsOverdue: 'Chưa ban hành thông báo kết luận và đã quá hạn ban hành',
      remediationOverdue: 'Yêu cầu khắc phục đã quá thời hạn mà đơn vị chưa báo cáo kết quả',
    },
  },
  appraisal: {
    title: 'Chỉ số cải cách hành chính',
    waitingAppraisal: 'Chờ thẩm định',
    waitingReappraisal: 'Chờ thẩm định lại',
    hint: {
      waitingAppraisal: 'Bản tự đánh giá đơn vị đã gửi, chờ thẩm định',
      waitingReappraisal: 'Đơn vị đã giải trình, chờ thẩm định lại',
    },
  },
};

export const dashboardEn: typeof dashboardVi = {
  asOf: 'Figures as of {{time}}',
  asOfDay: 'Figures of {{date}}',
  navOverdue: '{{count}} overdue dossiers',
  quickLinks: 'Features',
  dossiers: {
    title: 'Dossiers to handle',
    waiting: 'Waiting',
    inProgress: 'In progress',
    dueSoon: 'Due soon',
    overdue: 'Overdue',
    overdueWithoutApology: 'Overdue without apology',
    perUnit: 'Per unit',
    unit: 'Unit',
    hint: {
      waiting: 'Received, not yet being processed',
      inProgress: 'Being processed (not those waiting for a supplement or a financial obligation)',
      dueSoon: 'Not yet due, due by the end of the next working day (before {{time}}); paused dossiers excluded',
      overdue: 'Not settled and past the due time',
      overdueWithoutApology: 'Overdue with no apology letter setting a new return date (Mẫu 04)',
    },
  },
  inspections: {
    title: 'Reform inspections',
    conclusionsDue: 'Conclusions to issue',
    conclusionsOverdue: 'Conclusions overdue',
    remediationOverdue: 'Remediation overdue',
    hint: {
      conclusionsDue: 'The visit ended and the conclusion notice is not issued yet',
      conclusionsOverdue: 'The conclusion notice is not issued and its due date has passed',
      remediationOverdue: 'Remediation items past their deadline that the unit has not reported on',
    },
  },
  appraisal: {
    title: 'Reform index (PAR index)',
    waitingAppraisal: 'Waiting for appraisal',
    waitingReappraisal: 'Waiting for re-appraisal',
    hint: {
      waitingAppraisal: 'Self-assessments submitted by the units, waiting for the appraisal',
      waitingReappraisal: 'Explained by the unit, waiting for the re-appraisal',
    },
  },
};
