package vn.cchc.dossiers.document;

/**
 * Applicant (Ông/Bà/Tổ chức) printed on the one-stop forms. Every component is optional: a null or
 * blank value prints as a dotted line.
 *
 * @param name     họ tên / tên tổ chức
 * @param idNumber số định danh cá nhân / mã số tổ chức
 * @param address  địa chỉ
 * @param phone    số điện thoại
 * @param email    thư điện tử
 */
public record Party(String name, String idNumber, String address, String phone, String email) {

    /** A party known only by name. */
    public Party(String name) {
        this(name, null, null, null, null);
    }
}
