package org.w3id.hkg.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Invented test documents and a helper to write them to disk in a chosen charset. */
final class Fixtures {
    /** A simplified-Chinese news paragraph (invented). */
    static final String PARAGRAPH_HANS = "青禾市卫生健康委员会今天通报，青禾市第三人民医院因延误急诊病人救治，"
            + "被责令停业整顿三个月，并给予警告处理。该院院长已被免去职务，相关责任人正在接受调查。"
            + "通报指出，医院必须落实首诊负责制度，任何医疗机构不得以任何理由拒绝接诊危重病人。";
    /** The same kind of paragraph in traditional script (invented). */
    static final String PARAGRAPH_HANT = "青禾市衛生健康委員會今天通報，青禾市第三人民醫院因延誤急診病人救治，"
            + "被責令停業整頓三個月，並給予警告處理。該院院長已被免去職務，相關責任人正在接受調查。"
            + "通報指出，醫院必須落實首診負責制度，任何醫療機構不得以任何理由拒絕接診危重病人。";

    private Fixtures() {
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        return write(dir, name, text.getBytes(charset));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** The shared reader (loading rules and dictionaries once keeps the tests fast). */
    static final NewsReader READER = new NewsReader();
}
