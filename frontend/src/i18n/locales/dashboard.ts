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
  catalogue: {
    title: 'Danh mục thủ tục hành chính',
    drafts: 'Dự thảo chưa có hiệu lực',
    decisionsTakingEffect: 'Quyết định sắp có hiệu lực',
    missingPostings: 'Thủ tục chưa niêm yết',
    stalePostings: 'Hết hiệu lực vẫn niêm yết',
    hint: {
      drafts: 'Thủ tục của danh mục tỉnh đang là dự thảo hoặc đã công bố nhưng chưa đến ngày có hiệu lực',
      decisionsTakingEffect: 'Quyết định công bố của danh mục tỉnh có hiệu lực từ {{from}} đến {{to}}',
      missingPostings: 'Thủ tục đang có hiệu lực mà các điểm tiếp nhận của tỉnh phải niêm yết nhưng chưa niêm yết',
      stalePostings: 'Thủ tục đã hết hiệu lực hoặc bị bãi bỏ mà các điểm tiếp nhận của tỉnh vẫn niêm yết',
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
  catalogue: {
    title: 'Procedure catalogue',
    drafts: 'Drafts not yet in force',
    decisionsTakingEffect: 'Decisions taking effect soon',
    missingPostings: 'Procedures not posted',
    stalePostings: 'Expired, still posted',
    hint: {
      drafts: "Procedures of the province's catalogue that are drafts or published with a later effective date",
      decisionsTakingEffect: "Publication decisions of the province's catalogue taking effect from {{from}} to {{to}}",
      missingPostings: "Procedures in force that the province's receiving points must post and do not",
      stalePostings: "Procedures no longer in force or abolished that the province's receiving points still post",
    },
  },
};
