package org.w3id.hkg.bench;

import java.util.List;

/** Word lists the generator draws names and sentences from. Invented combinations, not real entities. */
final class Vocab {
    private Vocab() {
    }

    private static List<String> words(String spaced) {
        return List.of(spaced.trim().split("\\s+"));
    }

    static final List<String> PLACES = words("""
            西宁 兰州 银川 洛阳 襄阳 遵义 赣州 绵阳 柳州 宜宾 南充 岳阳 常德 九江 上饶 泉州 漳州 湛江 茂名 桂林
            曲靖 大理 包头 榆林 延安 宝鸡 汉中 天水 酒泉 济宁 潍坊 临沂 淄博 盐城 扬州 镇江 湖州 嘉兴 金华 台州
            芜湖 蚌埠 安庆 开封 新乡 南阳 信阳 衡阳 株洲 邯郸""");
    static final List<String> DISTRICTS = words("城关 新城 高新 经开 东湖 西湖 南山 北塘 滨江 临河");
    static final List<String> HOSPITAL_BRANDS = words("""
            仁和 博爱 康华 华康 仁爱 济民 安康 德仁 慈济 明仁 惠民 瑞康 永康 益民 福康 康宁 泰和 广济 普济 仁心
            同德 博康 嘉和 和美 恩泽 天佑 延寿 康复 百佳 九洲""");
    static final List<String> HOSPITAL_SUFFIXES = words("医院 中医医院 妇产医院 眼科医院 口腔医院 骨科医院 妇幼保健院");
    static final List<String> ORDINALS = words("第一 第二 第三 第四 第五 第六 第七 第八 第九");
    static final List<String> COMPANY_BRANDS = words("""
            康泰 华信 瑞达 恒康 信和 美中 金康 众康 宏康 盛和 鼎盛 泓德 润泽 嘉禾 启元 汇仁 天和 百川 联众 卓越""");
    /** Company suffix and the word that forms its short name with the brand. */
    static final List<List<String>> COMPANY_SUFFIXES = List.of(
            List.of("医疗投资股份有限公司", "医疗"), List.of("医疗集团有限公司", "医疗集团"),
            List.of("健康产业股份有限公司", "健康"), List.of("医院管理有限公司", "医管"));
    static final List<String> TICKER_PREFIXES = words("000 002 300 600 601 603 688");
    static final List<String> REGIONS = words("西北 西南 华东 华南 华中 东北 华北 长三角 珠三角 成渝 京津冀 黄河流域");
    static final List<String> FIELDS = words("心血管 胸痛 卒中 儿科 妇产 眼科 肿瘤 骨科 康复 急救 麻醉 呼吸");
    static final List<String> ALLIANCE_SUFFIXES = words("专科联盟 医疗联盟 诊疗协作网");
    static final List<String> SURNAMES = words("""
            王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董
            袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 金 石 廖 贾 夏 韦 方 白 邹 孟 熊 秦 邱
            江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 汤""");
    static final List<String> GIVEN_NAMES = words("""
            伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 文 华 红 志强 建国 海燕 晓东
            国庆 春梅 立新 玉兰 德明 振华 永红 卫东 晓燕 文斌 建平 新民 丽娟 志刚 海波 宏伟 静怡 子涵 浩然 欣怡""");
    static final List<String> SOURCES = words("""
            新城晚报 西部健康报 江南都市报 民生日报 健康时讯 财经观察 医药经济周刊 都市快报 晨间新闻 法治在线""");
    static final List<String> HOSPITAL_ROLES = words("院长 副院长 党委书记 执行院长 医务部主任");
    static final List<String> COMPANY_ROLES = words("董事长 总经理 董事会秘书 副总裁 执行总监");
}
