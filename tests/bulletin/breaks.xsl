<?xml version="1.0" encoding="UTF-8"?>
<!--
  tests/bulletin/breaks.xsl: a bulletin template for tests/bulletin.t that
  ignores the model and makes paragraphs built so that naive line
  breaking (28 characters to a line of 3号 text, 26 on the first line of
  a paragraph indented by 2) would put a closing mark at the start of a
  line, an opening one at its end, or split —— and ……; two control
  paragraphs show that the lines hold that many characters.  The filler
  is the 千字文, whose characters are all different.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:template match="/">
    <document title="断行测试" author="dubao tests" subject="line breaking" keywords="clreq">
    <!-- control: lines of 28 characters (28, 28, 10) -->
    <para indent="0">天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光菜重芥姜海咸河淡鳞潜</para>
    <!-- control: the first line of a paragraph indented 2 holds 26 -->
    <para>荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云结为霜金生丽水玉出昆</para>
    <!-- 28 characters then ，: naively ， would start line 2 -->
    <para indent="0">列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生，夜光果珍李柰菜重芥姜</para>
    <!-- 28 characters then 。: naively 。 would start line 2 -->
    <para indent="0">收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑。重芥姜海咸河淡鳞潜羽</para>
    <!-- 28 characters then 、: naively 、 would start line 2 -->
    <para indent="0">律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光、鳞潜羽翔龙师火帝鸟官</para>
    <!-- 28 characters then ；: naively ； would start line 2 -->
    <para indent="0">雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥；帝鸟官人皇始制文字乃</para>
    <!-- 28 characters then ：: naively ： would start line 2 -->
    <para indent="0">丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜：文字乃服衣裳推位让国</para>
    <!-- 28 characters then ？: naively ？ would start line 2 -->
    <para indent="0">号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟？位让国有虞陶唐吊民伐</para>
    <!-- 28 characters then ！: naively ！ would start line 2 -->
    <para indent="0">果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字！吊民伐罪周发殷汤坐朝</para>
    <!-- 28 characters then ）: naively ） would start line 2 -->
    <para indent="0">姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃服衣裳推位让）汤坐朝问道垂拱平章爱</para>
    <!-- 28 characters then 」: naively 」 would start line 2 -->
    <para indent="0">羽翔龙师火帝鸟官人皇始制文字乃服衣裳推位让国有虞陶唐吊民」平章爱育黎首臣伏戎羌</para>
    <!-- 28 characters then 》: naively 》 would start line 2 -->
    <para indent="0">官人皇始制文字乃服衣裳推位让国有虞陶唐吊民伐罪周发殷汤坐》伏戎羌遐迩一体率宾归</para>
    <!-- 27 characters then （: naively （ would end line 1 -->
    <para indent="0">乃服衣裳推位让国有虞陶唐吊民伐罪周发殷汤坐朝问道垂拱平（率宾归王天地玄黄宇宙</para>
    <!-- 27 characters then 「: naively 「 would end line 1 -->
    <para indent="0">国有虞陶唐吊民伐罪周发殷汤坐朝问道垂拱平章爱育黎首臣伏「黄宇宙洪荒日月盈昃辰</para>
    <!-- 27 characters then 《: naively 《 would end line 1 -->
    <para indent="0">伐罪周发殷汤坐朝问道垂拱平章爱育黎首臣伏戎羌遐迩一体率《盈昃辰宿列张寒来暑往</para>
    <!-- 27 characters then “: naively “ would end line 1 -->
    <para indent="0">朝问道垂拱平章爱育黎首臣伏戎羌遐迩一体率宾归王天地玄黄“来暑往秋收冬藏闰余成</para>
    <!-- indented 2: 26 characters then ， -->
    <para>爱育黎首臣伏戎羌遐迩一体率宾归王天地玄黄宇宙洪荒日月，闰余成岁律吕调阳云腾</para>
    <!-- 56 characters then 。: naively 。 would start line 3 -->
    <para indent="0">羌遐迩一体率宾归王天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆。阙珠称夜光果珍李柰菜</para>
    <!-- 27 characters then ——: naively split between lines 1 and 2 -->
    <para indent="0">归王天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰——为霜金生丽水玉出昆冈</para>
    <!-- 28 characters then ——: naively —— would start line 2 -->
    <para indent="0">宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云——出昆冈剑号巨阙珠称夜</para>
    <!-- 27 characters then ……: naively split between lines 1 and 2 -->
    <para indent="0">辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为……珠称夜光果珍李柰菜重</para>
    <!-- 28 characters then ”: naively ” would start line 2 -->
    <para indent="0">黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调”水玉出昆冈剑号巨阙珠</para>
    <!-- 28 characters then 』: naively 』 would start line 2 -->
    <para indent="0">列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生』夜光果珍李柰菜重芥姜</para>
    <!-- 28 characters then 】: naively 】 would start line 2 -->
    <para indent="0">余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠】咸河淡鳞潜羽翔龙师火</para>
    <!-- 27 characters then ‘: naively ‘ would end line 1 -->
    <para indent="0">露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥‘鸟官人皇始制文字乃服</para>
    <!-- 27 characters then 『: naively 『 would end line 1 -->
    <para indent="0">冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师『裳推位让国有虞陶唐吊</para>
    <!-- 27 characters then 【: naively 【 would end line 1 -->
    <para indent="0">李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃【伐罪周发殷汤坐朝问道</para>
    <!-- 28 characters then ）。: naively both would start line 2 -->
    <para indent="0">潜羽翔龙师火帝鸟官人皇始制文字乃服衣裳推位让国有虞陶唐吊）。拱平章爱育黎首臣伏戎</para>
    <!-- 28 characters then 。”: naively both would start line 2 -->
    <para indent="0">始制文字乃服衣裳推位让国有虞陶唐吊民伐罪周发殷汤坐朝问道。”遐迩一体率宾归王天地</para>
    </document>
  </xsl:template>
</xsl:stylesheet>
