package org.tongxin.committee.infrastructure;

import java.util.List;
import java.util.Random;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;

/**
 * The people of the demo rosters: names from tables of common surname and given-name characters, the
 * party mix (38 % CPC, 37 % democratic parties, the rest without party), the twenty sectors, the six
 * special committees and the positions by roster rank. Shared by the demo roster and the benchmark's
 * province generator, so that both draw the same kind of people.
 */
public final class DemoPeople {

    /** The special committees (专门委员会), in the order a roster fills them. */
    public static final List<String> COMMITTEES =
            List.of("提案委员会", "经济委员会", "农业和农村委员会", "教科卫体委员会", "社会和法制委员会", "文化文史和学习委员会");
    /** The sectors (界别): nine party sectors first (see {@link #sectorFor}), then the occupational ones. */
    public static final List<String> SECTORS = List.of(
            "中国共产党",
            "民革",
            "民盟",
            "民建",
            "民进",
            "农工党",
            "致公党",
            "九三学社",
            "无党派人士",
            "工商联",
            "经济界",
            "农业界",
            "教育界",
            "科技界",
            "文化艺术界",
            "医药卫生界",
            "社会福利和社会保障界",
            "少数民族界",
            "宗教界",
            "特邀人士");

    private static final String SURNAMES =
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文单区";
    private static final String GIVEN =
            "伟明华建国志强芳丽娟敏静秀英玉兰海涛军平红梅晓燕立新文博雪峰小东俊杰宏伟德明淑珍桂英建华春梅亮斌磊超勇艳霞刚辉鹏飞慧颖佳琪子涵浩然思远欣怡雅婷振华国庆卫东永强";
    private static final String[] TITLES = {"主任医师", "教授", "高级工程师", "律师", "校长", "研究员", "总经理", "副局长", "董事长", "处长"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "蒙古族", "满族"};
    private static final Party[] DEMOCRATIC = {
        Party.RCCK, Party.CDL, Party.CDNCA, Party.CAPD, Party.CPWDP, Party.CZGP, Party.JS, Party.TDSGL
    };

    private DemoPeople() {}

    /** A surname and one (30 %) or two given-name characters. */
    public static String randomName(Random random) {
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int len = random.nextInt(10) < 3 ? 1 : 2;
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < len; i++) {
            given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return surname + given;
    }

    public static Party party(Random random) {
        int r = random.nextInt(100);
        if (r < 38) {
            return Party.CPC;
        }
        if (r < 75) {
            return DEMOCRATIC[random.nextInt(DEMOCRATIC.length)];
        }
        return Party.NON_PARTY;
    }

    /** The index in {@link #SECTORS}: the party's sector half of the time, otherwise an occupational one. */
    public static int sectorFor(Party party, Random random) {
        if (random.nextBoolean()) {
            return switch (party) {
                case CPC -> 0;
                case RCCK -> 1;
                case CDL -> 2;
                case CDNCA -> 3;
                case CAPD -> 4;
                case CPWDP -> 5;
                case CZGP -> 6;
                case JS -> 7;
                case TDSGL, NON_PARTY -> 8;
            };
        }
        return 9 + random.nextInt(SECTORS.size() - 9);
    }

    /** The position of the roster's i-th member (from 0): a chair, six vice-chairs, standing members to an eighth. */
    public static Position position(int i, int size) {
        return i == 0
                ? Position.CHAIR
                : i <= 6 ? Position.VICE_CHAIR : i <= size / 8 ? Position.STANDING : Position.MEMBER;
    }

    /** Three members in ten are women. */
    public static boolean female(Random random) {
        return random.nextInt(10) < 3;
    }

    public static String ethnicity(Random random) {
        return ETHNICITIES[random.nextInt(ETHNICITIES.length)];
    }

    public static String title(Random random) {
        return TITLES[random.nextInt(TITLES.length)];
    }
}
