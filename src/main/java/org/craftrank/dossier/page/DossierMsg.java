package org.craftrank.dossier.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The dossier pages ({@code {dossier:…}}): the unit's and the secretariat's dossier page, and the evidence beside
 * the expert's score form. English in {@code messages/dossier_en.properties}. Refusals are worded here from the
 * service's rule codes, never from its English detail.
 */
@MessageBundle(value = "dossier", locale = "zh-CN")
public interface DossierMsg {

    // The unit's and the secretariat's page

    @Message("申报材料")
    String heading();

    @Message("申报材料 · {name}")
    String title(String name);

    @Message("返回本单位推荐名单")
    String back_unit();

    @Message("返回形式审查")
    String back_secretariat();

    @Message("申报材料")
    String link();

    @Message("按本活动评价指标体系的要求，逐项上传文件或填写文字。文件类型按文件内容识别，与文件名无关。")
    String intro();

    @Message("当前为“{phase}”阶段，申报材料只能查看。")
    String read_only(String phase);

    @Message("本推荐对象的文件已占用 {used} MiB，上限 {max} MiB。")
    String stored(String used, String max);

    @Message("必填")
    String required();

    @Message("选填")
    String optional();

    @Message("已提供")
    String complete();

    @Message("尚未提供")
    String missing();

    @Message("文字，{maxChars}字以内")
    String kind_text(int maxChars);

    @Message("文件（{types}），最多 {maxFiles} 个，每个不超过 {maxMb} MiB")
    String kind_files(String types, int maxFiles, String maxMb);

    @Message("通知原文")
    String basis();

    @Message("对应评分项")
    String items();

    @Message("尚无文件。")
    String no_files();

    @Message("{size}，{at} 上传")
    String file_meta(String size, String at);

    @Message("查看")
    String open();

    @Message("替换为")
    String replace_label();

    @Message("替换")
    String replace();

    @Message("删除")
    String remove();

    @Message("删除“{name}”")
    String remove_label(String name);

    @Message("添加文件")
    String choose_file();

    @Message("上传")
    String upload();

    @Message("本栏目已满，请先删除或替换已有文件。")
    String section_full_hint();

    @Message("文字内容")
    String text_label();

    @Message("保存文字")
    String save_text();

    @Message("已写")
    String counter_written();

    @Message("字，限")
    String counter_limit();

    @Message("字")
    String counter_unit();

    @Message("超出字数限制：请删减后再保存（不会自动截断）。")
    String counter_over();

    @Message("清空文字并保存即删除本栏目的文字。")
    String text_hint();

    @Message("文件已上传。")
    String done_uploaded();

    @Message("文件已替换。")
    String done_replaced();

    @Message("文件已删除。")
    String done_removed();

    @Message("文字已保存。")
    String done_text();

    // Refusals, beside the section they concern

    @Message("请选择要上传的文件。")
    String error_no_file();

    @Message("文件内容不是本栏目接受的类型（本栏目接受：{types}）。")
    String error_file_type(String types);

    @Message("文件是空的（0 字节）。")
    String error_not_empty();

    @Message("PDF 文件不完整（可能上传或扫描时被截断），请重新导出后上传。")
    String error_pdf_incomplete();

    @Message("PDF 文件已加密或设有打开密码，请去除密码后上传。")
    String error_pdf_encrypted();

    @Message("PDF 文件含有脚本，不能上传；请打印为新的 PDF 后上传。")
    String error_pdf_javascript();

    @Message("无法读取此 PDF 文件，请重新导出后上传。")
    String error_pdf_unreadable();

    @Message("同一文件已在本推荐对象的申报材料中（“{section}”栏目），无需重复上传。")
    String error_duplicate(String section);

    @Message("本栏目最多 {max} 个文件，请先删除或替换已有文件。")
    String error_section_full(int max);

    @Message("文件过大：本栏目每个文件不超过 {maxMb} MiB。")
    String error_file_size(String maxMb);

    @Message("本推荐对象的文件合计不能超过 {maxMb} MiB，请先删除或压缩其他文件。")
    String error_candidate_total(String maxMb);

    @Message("文字共 {length} 字，超过本栏目 {max} 字的限制，请删减后再保存。")
    String error_max_length(int length, int max);

    @Message("文字含有不可见的控制字符，请删除后再保存。")
    String error_text_characters();

    @Message("当前为“{phase}”阶段，不能修改申报材料。")
    String error_phase(String phase);

    @Message("该文件已不存在（可能已被删除或替换），页面已刷新。")
    String error_file_gone();

    @Message("未能保存，请核对后重试。")
    String error_generic();

    // The evidence beside the expert's score form

    @Message("申报材料")
    String evidence();

    @Message("其他申报材料")
    String evidence_general();

    @Message("本项未提供材料。")
    String evidence_none();

    @Message("材料 {n}")
    String file_numbered(int n);

    @Message("在页面中查看")
    String view();

    @Message("下载")
    String download();

    @Message("专家下载的 PDF 带有本人账号和时间的水印。")
    String watermark_note();

    @Message("推荐对象照片")
    String photo_alt();

    @Message("图片材料：{label}")
    String image_alt(String label);

    @Message("视频材料：{label}")
    String video_label(String label);

    @Message("盲评：页面已隐藏文件名和照片。文件内容本身未做脱密处理，其中可能出现姓名、单位等信息，请勿据此识别推荐对象。")
    String blind_note();

    @Message("材料查看")
    String viewer();

    @Message("关闭")
    String viewer_close();

    @Message("上一页")
    String viewer_prev();

    @Message("下一页")
    String viewer_next();

    @Message("页码")
    String viewer_page();

    @Message("正在加载…")
    String viewer_loading();

    @Message("无法在页面中显示此文件，请下载后查看。")
    String viewer_failed();

    @Message("浏览器无法播放此视频，请下载后查看。")
    String video_unsupported();
}
