package org.tongxin.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words of generated information reports: for each topic of {@code ir_topic}, subjects, sentences of the
 * situation and proposals, drawn with a skew (the first of each list far more often than the last) and joined
 * with sentences any report may carry. So a search word has a selectivity of its own: {@link #COMMON_WORD} is in
 * about half the reports, the words of {@link #TWO_WORDS} in about one in eleven and one in three and together in
 * about one in twenty-three, and {@link #RARE_WORD} in about one in two thousand (ReportData prints the counts).
 *
 * <p>In the templates {@code #} stands for the place (the organisation's county, city or province), {@code @}
 * for a number from 50 to 69 (ages, class sizes), {@code &} for a count from 100 to 9,999 and {@code ^} for a
 * percentage from 10 to 89.
 */
final class ReportTexts {

    /** In some generic sentences and titles and in many topics' sentences: found in about half of all reports. */
    static final String COMMON_WORD = "群众";
    /** A word of the livelihood topic and one of the proposals of several topics: together in far fewer reports than each alone. */
    static final String TWO_WORDS = "电梯 补贴";
    /** Only in {@link #RARE_SENTENCE}, which a livelihood or rural report carries once in a few hundred. */
    static final String RARE_WORD = "窑洞";

    private static final String RARE_SENTENCE = "部分山区农户仍居住在年久失修的窑洞中，雨季存在坍塌隐患。";
    private static final double RARE_SHARE = 0.0016;
    /** Separates proposals in {@code ir_report.proposals} (Draft.SEPARATOR); it cannot be typed in a form. */
    static final String PROPOSAL_SEPARATOR = "\u001e";

    /** How often each topic is chosen, in per cent; a topic not named here gets 2. */
    private static final Map<String, Double> TOPIC_SHARE = Map.of(
            "LIVELIHOOD",
            22.0,
            "ECONOMY",
            15.0,
            "GOVERNANCE",
            12.0,
            "EDUCATION",
            11.0,
            "HEALTH",
            10.0,
            "AGRICULTURE",
            10.0,
            "ENVIRONMENT",
            8.0,
            "CULTURE",
            5.0,
            "RULE_OF_LAW",
            5.0,
            "OTHER",
            2.0);

    /**
     * One report's text: title, body with its line breaks, proposals joined by {@link #PROPOSAL_SEPARATOR}; and the
     * subject it is about, which an editor's title reuses.
     */
    record Text(String title, String body, String proposals, String subject) {

        int length() {
            return title.length() + body.length() + proposals.length();
        }

        boolean contains(String word) {
            return title.contains(word) || body.contains(word) || proposals.contains(word);
        }
    }

    /** The phrases of one topic. */
    private record Words(String[] subjects, String[] situations, String[] proposals, String[] departments) {}

    private static final Map<String, Words> WORDS = new HashMap<>();
    /** Cumulative weights 1 / (i + 1)^0.8 of lists of each length up to 31. */
    private static final double[][] SKEW = new double[32][];

    static {
        for (int n = 1; n < SKEW.length; n++) {
            SKEW[n] = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, 0.8);
                SKEW[n][i] = sum;
            }
        }
    }

    static {
        WORDS.put(
                "ECONOMY",
                new Words(
                        new String[] {
                            "中小企业融资难",
                            "民营企业账款拖欠",
                            "优化营商环境",
                            "县域产业园区建设",
                            "资源型经济转型",
                            "数字经济发展",
                            "招商引资项目落地",
                            "个体工商户经营困难",
                            "物流成本偏高",
                            "专精特新企业培育"
                        },
                        new String[] {
                            "#中小微企业贷款门槛高、周期长，续贷压力大，部分企业被迫转向民间借贷。",
                            "据调查，#约有&家企业反映存在应收账款被拖欠的情况，最长拖欠超过两年。",
                            "部分审批事项仍需多次跑腿，“一网通办”在基层落实不到位。",
                            "园区基础设施配套不足，水电气暖接入周期长，影响项目投产。",
                            "传统煤炭产业占比仍然偏高，新兴产业规模小、链条短。",
                            "一些招商项目签约后迟迟不能落地，土地、环评等要素保障跟不上。",
                            "受市场需求影响，个体工商户营业额较去年下降约^%，经营压力较大。",
                            "物流企业反映过路费、仓储费等成本偏高，制约了农产品和工业品外销。",
                            "企业普遍反映懂技术、会管理的人才引不来、留不住。",
                            "数字化改造投入大、见效慢，中小企业“不敢转、不会转”。"
                        },
                        new String[] {
                            "建议设立应急转贷资金池，完善政府性融资担保体系。",
                            "建议建立拖欠企业账款清理台账，纳入政府部门绩效考核。",
                            "建议推行审批事项清单化管理，压缩办理时限。",
                            "建议加大园区基础设施投入，推行“标准地”供应。",
                            "建议出台数字化改造专项补贴，培育一批示范企业。",
                            "建议对困难个体工商户阶段性减免租金和税费。",
                            "建议完善人才引进政策，在住房、子女入学等方面给予保障。",
                            "建议建立重点项目包联机制，协调解决要素保障问题。"
                        },
                        new String[] {"发展改革部门", "工业和信息化部门", "地方金融监管部门", "行政审批服务部门"}));
        WORDS.put(
                "LIVELIHOOD",
                new Words(
                        new String[] {
                            "冬季清洁取暖",
                            "城区停车难",
                            "居家养老服务",
                            "农村饮水安全",
                            "公租房分配管理",
                            "零工市场建设",
                            "菜市场改造提升",
                            "物业服务纠纷",
                            "残疾人就业帮扶",
                            "老旧小区加装电梯"
                        },
                        new String[] {
                            "城区停车位缺口约&个，占道停车、乱停乱放现象突出，早晚高峰拥堵严重。",
                            "农村“煤改电”后部分家庭取暖费用上涨，设备维修不及时，村民意见较大。",
                            "社区养老服务站点覆盖率不足^%，失能半失能老人照护需求难以满足。",
                            "部分偏远村庄供水管网老化，夏季用水高峰时段经常停水。",
                            "公租房退出机制不健全，部分不再符合条件的家庭仍在占用。",
                            "灵活就业人员找活难、讨薪难，缺少固定的对接场所。",
                            "老旧菜市场环境脏乱，消防设施缺失，周边居民反映强烈。",
                            "物业服务质量与收费不匹配，业主与物业之间矛盾纠纷时有发生。",
                            "残疾人就业岗位少，辅助性就业机构运营困难。",
                            "老旧小区居民特别是老年人反映上下楼难，加装电梯意愿强烈，但审批环节多、费用分摊难。"
                        },
                        new String[] {
                            "建议挖潜建设公共停车场，推行错时共享停车。",
                            "建议延续清洁取暖运行补贴政策，建立设备维保服务网络。",
                            "建议将居家养老服务纳入政府购买服务，培育专业化服务机构。",
                            "建议实施农村供水管网改造工程，建立长效管护机制。",
                            "建议建立公租房动态管理机制，定期复核保障对象资格。",
                            "建议建设规范化零工市场，提供免费信息发布和权益保障服务。",
                            "建议开展物业服务质量评价，将结果与收费标准挂钩。",
                            "建议简化加装电梯审批流程，明确费用分摊指引。"
                        },
                        new String[] {"住房和城乡建设部门", "民政部门", "人力资源和社会保障部门"}));
        WORDS.put(
                "EDUCATION",
                new Words(
                        new String[] {
                            "城区学校大班额",
                            "乡村教师队伍建设",
                            "课后服务质量提升",
                            "职业教育产教融合",
                            "学前教育普惠发展",
                            "校园周边交通安全",
                            "青少年心理健康教育",
                            "农村寄宿制学校管理"
                        },
                        new String[] {
                            "城区部分小学班额超过@人，教师配备不足，家长反映强烈。",
                            "乡村学校教师年龄结构老化，音体美等学科专任教师短缺。",
                            "课后服务内容单一，多以看管自习为主，难以满足学生多样化需求。",
                            "职业院校专业设置与本地产业需求脱节，毕业生本地就业率不足^%。",
                            "普惠性幼儿园覆盖率偏低，民办园收费较高，家长负担重。",
                            "上下学高峰时段校园周边车辆拥堵，存在安全隐患。",
                            "青少年心理问题呈上升趋势，学校专职心理教师配备不足。",
                            "农村寄宿制学校生活设施简陋，冬季取暖条件较差。"
                        },
                        new String[] {
                            "建议加快新建学校建设，优化学区划分。",
                            "建议提高乡村教师生活补贴标准，完善职称评聘倾斜政策。",
                            "建议引入社会优质资源参与课后服务，丰富服务内容。",
                            "建议推动校企共建实训基地，动态调整专业设置。",
                            "建议加大普惠性幼儿园建设和补贴力度。",
                            "建议在校园周边设置临时停车区和护学岗。",
                            "建议每所中小学至少配备一名专职心理健康教师。"
                        },
                        new String[] {"教育部门", "财政部门", "公安交通管理部门"}));
        WORDS.put(
                "HEALTH",
                new Words(
                        new String[] {
                            "基层医疗服务能力提升", "县域医共体建设", "医保异地结算", "乡村医生队伍稳定", "儿科医生短缺", "慢性病健康管理", "院前急救网络建设", "中医药传承发展"
                        },
                        new String[] {
                            "乡镇卫生院设备老化，全科医生短缺，患者看病仍往城里跑。",
                            "县域医共体建设中，牵头医院与成员单位之间资源共享不充分。",
                            "外出务工人员异地就医备案手续繁琐，报销周期长。",
                            "乡村医生平均年龄超过@岁，后继乏人，部分村卫生室无人值守。",
                            "儿科医生数量不足，冬春季节儿童就诊排队时间长。",
                            "高血压、糖尿病等慢性病患者规范管理率不足^%。",
                            "农村地区急救站点少，急救车辆平均到达时间较长。",
                            "基层中医馆缺少中医药专业人员，服务项目少。"
                        },
                        new String[] {
                            "建议实施县乡医疗一体化，加大全科医生培养力度。",
                            "建议简化异地就医备案流程，推进线上办理。",
                            "建议提高乡村医生补贴标准，落实养老保障。",
                            "建议扩大儿科医师定向培养规模。",
                            "建议将慢性病管理纳入家庭医生签约服务重点内容。",
                            "建议优化急救站点布局，实现乡镇急救全覆盖。"
                        },
                        new String[] {"卫生健康部门", "医疗保障部门"}));
        WORDS.put(
                "ENVIRONMENT",
                new Words(
                        new String[] {"河道生态修复", "农村生活垃圾治理", "采煤沉陷区治理", "秋冬季大气污染防治", "城市黑臭水体整治", "矿山生态修复", "农村生活污水处理"},
                        new String[] {
                            "汾河部分支流河段水质反复，沿岸垃圾清理不及时。",
                            "农村垃圾收运体系不健全，部分村庄垃圾随意堆放。",
                            "采煤沉陷区地表塌陷、房屋开裂，群众生产生活受到影响。",
                            "秋冬季散煤燃烧和机动车尾气叠加，重污染天气时有发生。",
                            "城区个别排水沟渠存在黑臭现象，夏季气味明显。",
                            "废弃矿山生态修复进度缓慢，水土流失问题突出。",
                            "农村生活污水处理设施建成后运行率不足^%。"
                        },
                        new String[] {
                            "建议建立河长巡查与群众监督相结合的长效机制。",
                            "建议完善“户分类、村收集、镇转运、县处理”体系。",
                            "建议加快采煤沉陷区综合治理和搬迁安置。",
                            "建议加大清洁能源替代力度，强化重污染天气应急管控。",
                            "建议落实污水处理设施运维资金，纳入财政预算。",
                            "建议引入社会资本参与矿山生态修复。"
                        },
                        new String[] {"生态环境部门", "水利部门", "自然资源部门"}));
        WORDS.put(
                "RULE_OF_LAW",
                new Words(
                        new String[] {"农民工工资支付保障", "基层矛盾纠纷化解", "电信网络诈骗防范", "法律援助服务", "行政执法规范化", "未成年人保护"},
                        new String[] {
                            "个别建设项目拖欠农民工工资，维权渠道不畅。",
                            "邻里、婚姻家庭等矛盾纠纷多发，基层调解力量不足。",
                            "电信网络诈骗手段不断翻新，老年人受骗案件时有发生。",
                            "偏远乡镇居民获得法律服务的渠道有限，法律援助知晓率不高。",
                            "个别执法人员执法方式简单粗暴，引发群众不满。",
                            "网吧、酒吧违规接纳未成年人的现象仍有发生。"
                        },
                        new String[] {
                            "建议推行工资专户和实名制管理，加强联合执法。",
                            "建议健全人民调解、行政调解、司法调解联动机制。",
                            "建议开展反诈宣传进社区、进村庄活动。",
                            "建议在乡镇设立公共法律服务工作站。",
                            "建议全面推行行政执法公示和全过程记录制度。"
                        },
                        new String[] {"司法行政部门", "公安部门", "人力资源和社会保障部门"}));
        WORDS.put(
                "CULTURE",
                new Words(
                        new String[] {"古城文旅融合发展", "非物质文化遗产保护", "乡村旅游提质", "公共文化服务", "红色文化资源利用", "夜间经济发展"},
                        new String[] {
                            "古城景区同质化经营明显，夜间消费业态不足，游客停留时间短。",
                            "部分非遗项目传承人年事已高，后继乏人。",
                            "乡村旅游产品单一，住宿、餐饮等配套设施档次偏低。",
                            "基层综合文化服务中心利用率不高，活动内容与群众需求脱节。",
                            "红色遗址分布零散，保护利用水平参差不齐。"
                        },
                        new String[] {
                            "建议引入非遗体验和夜间演艺项目，延长游客停留时间。",
                            "建议设立非遗传承人扶持资金，开展传承人研修培训。",
                            "建议打造精品民宿集群，完善旅游公路和标识系统。",
                            "建议推行公共文化服务“点单”模式。",
                            "建议整合红色资源，打造精品研学线路。"
                        },
                        new String[] {"文化和旅游部门"}));
        WORDS.put(
                "AGRICULTURE",
                new Words(
                        new String[] {
                            "特色农产品产业链延伸", "高标准农田建设", "农村电商发展", "村集体经济壮大", "农村留守老人关爱", "小杂粮品牌建设", "农业社会化服务", "乡村人才振兴"
                        },
                        new String[] {
                            "黄花、小米等特色农产品种植面积扩大但深加工不足，价格波动大，农民增收不稳。",
                            "部分高标准农田建成后管护主体不明确，灌溉设施损毁后无人维修。",
                            "农村电商物流“最后一公里”成本高，快递进村覆盖率不足^%。",
                            "#&个行政村中仍有部分村集体经济年收入不足五万元。",
                            "农村留守老人生活照料和精神慰藉需求突出。",
                            "小杂粮品牌多而散，缺少有影响力的区域公用品牌。",
                            "农业机械化水平不高，丘陵山区适用农机缺乏。",
                            "返乡创业青年面临用地、融资等方面的困难。"
                        },
                        new String[] {
                            "建议扶持农产品深加工企业，建设冷链仓储设施。",
                            "建议明确高标准农田管护责任，落实管护经费。",
                            "建议整合邮政、快递资源，建设村级综合服务站。",
                            "建议盘活闲置资产，发展壮大村集体经济。",
                            "建议加大农机购置补贴，推广丘陵山区适用机械。",
                            "建议整合打造区域公用品牌，加强品牌宣传推介。",
                            "建议为返乡创业青年提供创业担保贷款和用地保障。"
                        },
                        new String[] {"农业农村部门", "乡村振兴部门", "商务部门"}));
        WORDS.put(
                "GOVERNANCE",
                new Words(
                        new String[] {"社区网格化管理", "基层减负", "无物业小区治理", "村级议事协商", "流动人口服务管理", "基层应急能力建设", "城乡接合部治理"},
                        new String[] {
                            "部分社区网格员身兼多职，台账负担重，服务群众时间少。",
                            "基层各类考核检查名目繁多，填表报数占用大量精力。",
                            "无物业老旧小区管理缺位，环境卫生和安全隐患较多。",
                            "部分村级议事协商流于形式，村民参与积极性不高。",
                            "城乡接合部流动人口多，出租房屋管理难度大。",
                            "基层应急物资储备不足，应急演练开展较少。"
                        },
                        new String[] {
                            "建议精简报表，推动部门数据共享。",
                            "建议严格控制督查检查考核总量，切实为基层减负。",
                            "建议推行“红色物业”，由社区兜底管理无物业小区。",
                            "建议规范村级议事协商程序，公开协商结果。",
                            "建议建立出租房屋信息登记和动态管理制度。",
                            "建议按标准配齐基层应急物资，定期组织演练。"
                        },
                        new String[] {"民政部门", "应急管理部门", "城市管理部门"}));
        WORDS.put(
                "OTHER",
                new Words(
                        new String[] {"政务服务热线效能", "公共场所无障碍设施", "地名标识规范", "志愿服务体系建设"},
                        new String[] {
                            "政务服务热线接通率不高，部分诉求办理结果群众不满意。",
                            "部分公共场所无障碍设施不完善，残疾人和老年人出行不便。",
                            "个别路牌、地名标识缺失或错误，给居民出行带来不便。",
                            "志愿服务活动缺少统筹，存在重形式、轻实效的问题。"
                        },
                        new String[] {"建议建立热线诉求办理质量回访制度。", "建议开展无障碍设施专项排查整改。", "建议开展地名标识规范化整治。", "建议建立志愿服务积分激励机制。"},
                        new String[] {"政务服务管理部门"}));
    }

    private static final String[] OPENINGS = {
        "近期，委员在#走访调研中了解到相关情况。",
        "委员通过联系点了解到以下情况。",
        "据#群众反映，有关问题长期得不到有效解决。",
        "今年以来，#在这方面做了大量工作，但仍存在一些问题。",
        "这一问题关系百姓切身利益，社会关注度较高。",
        "委员在参加“委员进基层”活动时了解到以下情况。"
    };
    /** Sentences of evidence any report may give; none holds a search word. */
    private static final String[] EVIDENCE = {
        "委员走访了&户居民，发放问卷&份，其中^%的受访者认为该问题亟待解决。",
        "据统计，近三年来相关投诉达&件，且呈逐年上升趋势。",
        "在座谈中，有基层干部坦言“想管管不了、想办办不成”。",
        "部分乡镇已开展试点，但覆盖面小，经验尚未推广。",
        "资金投入不足是制约问题解决的主要因素，#财政压力较大。",
        "相关政策文件出台后，配套细则迟迟没有落地。",
        "部门之间职责交叉，存在推诿扯皮现象。",
        "问题的成因是多方面的：一是认识不到位，二是投入不足，三是机制不健全。",
        "从周边地区的做法看，这一问题并非无解。",
        "有关方面曾多次研究，但因涉及面广，至今进展不大。"
    };
    /** Causes, in the third paragraph. */
    private static final String[] CAUSES = {
        "究其原因，一是思想认识不到位，二是资金投入不足，三是长效机制不健全。",
        "究其原因，主要是职责分工不清，部门协同不够，政策落实存在“最后一公里”问题。",
        "从根源上看，基础设施欠账较多，专业人才短缺，基层承接能力有限。",
        "问题的形成既有历史原因，也有管理方面的原因。",
        "此外，宣传引导不够，社会参与度不高。"
    };
    /** What a proposal may add before its full stop. */
    private static final String[] TAILS = {"，并明确责任分工和完成时限", "，确保政策落地见效", "，形成可复制可推广的经验", "，定期向社会公开进展情况", "，切实解决好这一问题"};

    private static final String[] ORDINALS = {"一是", "二是", "三是", "四是", "五是"};
    private static final String[] MIDDLES = {
        "居民对此意见较大，希望尽快解决。", "相关部门虽已采取措施，但效果尚不明显。", "据不完全统计，涉及群众约&户。", "该问题在其他县区也不同程度存在。", "问题主要集中在以下几个方面。"
    };
    private static final String[] CLOSINGS = {"以上情况，供领导参阅。", "妥善解决这一问题，对于增进民生福祉具有重要意义。", "如不及时解决，可能引发新的矛盾。"};
    private static final String[] GENERIC_PROPOSALS = {
        "建议相关部门加强督促检查，定期通报进展。", "建议加强政策宣传解读，及时回应群众关切。", "建议开展专题调研，研究制定具体措施。"
    };
    private static final String[] DECLINE_REASONS = {"内容与已编发信息重复", "反映问题较为笼统，缺少具体事例", "所提建议已有相关政策", "不属于本级职责范围", "时效性不强"
    };
    private static final String[] RETURN_NOTES = {"请补充具体数据和典型事例", "请进一步提炼建议，使其更具操作性", "标题与内容不符，请修改"};
    private static final String[] INSTRUCTIONS = {"请#认真研究，提出具体措施。", "此件反映的问题很重要，请#牵头研究解决。", "请#会同有关部门抓紧落实，及时报告进展。"};
    private static final String[] RESULTS = {"已纳入年度重点工作", "已召开专题会议研究部署", "已制定整改方案并推进落实"};

    private final String[] topics;
    private final double[] topicCumulative;

    ReportTexts(List<String> topicCodes) {
        topics = topicCodes.toArray(String[]::new);
        topicCumulative = new double[topics.length];
        double sum = 0;
        for (int i = 0; i < topics.length; i++) {
            sum += TOPIC_SHARE.getOrDefault(topics[i], 2.0);
            topicCumulative[i] = sum;
        }
    }

    /** A topic, the common ones far more often than the rare ones. */
    String topic(Random random) {
        return topics[pick(topicCumulative, random)];
    }

    /**
     * A report of the topic written in the place, in four paragraphs as reports are usually laid out: an opening
     * and the first sentence of the topic's situation; the main problems (two to four more, 一是 … 二是 …);
     * evidence and causes; perhaps a generic sentence and a closing. Then two to four of the topic's proposals,
     * some with a generic addition, and perhaps a generic one.
     */
    Text compose(String topic, String place, Random random) {
        Words w = WORDS.getOrDefault(topic, WORDS.get("OTHER"));
        String subject = w.subjects[skewed(w.subjects, random)];
        int style = random.nextInt(100);
        String title = style < 55
                ? "关于" + subject + "的建议"
                : style < 75
                        ? place + subject + "问题亟待重视"
                        : style < 92 ? subject + "情况的调查与建议" : "群众反映" + subject + "方面存在的问题";
        StringBuilder body = new StringBuilder(640);
        fill(body, OPENINGS[random.nextInt(OPENINGS.length)], place, random);
        int[] situations = distinct(w.situations, 3 + random.nextInt(3), random);
        fill(body, w.situations[situations[0]], place, random);
        body.append("\n主要问题：");
        for (int k = 1; k < situations.length; k++) {
            body.append(ORDINALS[k - 1]);
            fill(body, w.situations[situations[k]], place, random);
        }
        if (("LIVELIHOOD".equals(topic) || "AGRICULTURE".equals(topic)) && random.nextDouble() < RARE_SHARE) {
            body.append(ORDINALS[situations.length - 1]).append(RARE_SENTENCE);
        }
        body.append('\n');
        for (int i : distinct(EVIDENCE, 1 + random.nextInt(3), random)) {
            fill(body, EVIDENCE[i], place, random);
        }
        for (int i : distinct(CAUSES, 1 + random.nextInt(2), random)) {
            body.append(CAUSES[i]);
        }
        body.append('\n');
        if (random.nextInt(10) < 5) {
            fill(body, MIDDLES[random.nextInt(MIDDLES.length)], place, random);
        }
        body.append(CLOSINGS[random.nextInt(CLOSINGS.length)]);
        StringBuilder proposals = new StringBuilder(240);
        for (int i : distinct(w.proposals, 2 + random.nextInt(3), random)) {
            if (!proposals.isEmpty()) {
                proposals.append(PROPOSAL_SEPARATOR);
            }
            String p = w.proposals[i];
            if (random.nextBoolean() && p.endsWith("。")) {
                proposals
                        .append(p, 0, p.length() - 1)
                        .append(TAILS[random.nextInt(TAILS.length)])
                        .append('。');
            } else {
                proposals.append(p);
            }
        }
        if (random.nextInt(10) < 4) {
            proposals.append(PROPOSAL_SEPARATOR).append(GENERIC_PROPOSALS[random.nextInt(GENERIC_PROPOSALS.length)]);
        }
        return new Text(title, body.toString(), proposals.toString(), subject);
    }

    /** The author's first text of a report that was sent back: the body without its second paragraph, one proposal fewer. */
    static Text firstDraft(Text text) {
        int cut = text.body().indexOf('\n');
        int lastProposal = text.proposals().lastIndexOf(PROPOSAL_SEPARATOR);
        return new Text(
                text.title(),
                cut < 0 ? text.body() : text.body().substring(0, cut),
                lastProposal < 0 ? text.proposals() : text.proposals().substring(0, lastProposal),
                text.subject());
    }

    /** The text as an information editor leaves it: the title rewritten the bulletin's way, the rest as written. */
    static Text edited(Text text, String place) {
        return new Text(place + "：" + text.subject() + "亟需关注", text.body(), text.proposals(), text.subject());
    }

    /** The department a leader's instruction is addressed to. */
    String department(String topic, Random random) {
        String[] d = WORDS.getOrDefault(topic, WORDS.get("OTHER")).departments;
        return d[random.nextInt(d.length)];
    }

    static String instruction(String department, Random random) {
        return INSTRUCTIONS[random.nextInt(INSTRUCTIONS.length)].replace("#", department);
    }

    /** What came of an instruction, or null while nothing is recorded. */
    static String result(Random random) {
        return random.nextInt(10) < 6 ? RESULTS[random.nextInt(RESULTS.length)] : null;
    }

    static String declineReason(Random random) {
        return DECLINE_REASONS[random.nextInt(DECLINE_REASONS.length)];
    }

    static String returnNote(Random random) {
        return RETURN_NOTES[random.nextInt(RETURN_NOTES.length)];
    }

    /** Appends a template with its place and numbers filled in. */
    private static void fill(StringBuilder sb, String template, String place, Random random) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            switch (c) {
                case '#' -> sb.append(place);
                case '@' -> sb.append(50 + random.nextInt(20));
                case '&' -> sb.append(100 + random.nextInt(9_900));
                case '^' -> sb.append(10 + random.nextInt(80));
                default -> sb.append(c);
            }
        }
    }

    /** {@code n} distinct indexes of the list (all of it if shorter), drawn with the list's skew, in the list's order. */
    private static int[] distinct(String[] list, int n, Random random) {
        int k = Math.min(n, list.length);
        boolean[] taken = new boolean[list.length];
        for (int drawn = 0; drawn < k; ) {
            int i = skewed(list, random);
            if (!taken[i]) {
                taken[i] = true;
                drawn++;
            }
        }
        int[] picked = new int[k];
        for (int i = 0, j = 0; i < list.length; i++) {
            if (taken[i]) {
                picked[j++] = i;
            }
        }
        return picked;
    }

    /** An index of the list, the first entries more often than the last (weights 1 / (i + 1)^0.8). */
    private static int skewed(String[] list, Random random) {
        return pick(SKEW[list.length], random);
    }

    /** An index drawn by cumulative weights. */
    static int pick(double[] cumulative, Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }
}
