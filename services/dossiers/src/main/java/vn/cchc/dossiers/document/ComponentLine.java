package vn.cchc.dossiers.document;

/**
 * One component (thành phần hồ sơ) of a received dossier.
 *
 * @param name   tên giấy tờ
 * @param copies số lượng bản; 0 or less prints as a dotted line
 */
public record ComponentLine(String name, int copies) {}
