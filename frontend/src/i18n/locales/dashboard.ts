/** Texts of the staff home page (work dashboard) and the navigation counts. `dashboardEn` must have the same keys. */
export const dashboardVi = {
  asOf: 'Số liệu lúc {{time}}',
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
};

export const dashboardEn: typeof dashboardVi = {
  asOf: 'Figures as of {{time}}',
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
};
