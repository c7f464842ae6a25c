# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's tenth set: invented districts and communes of another invented
province (tỉnh Lũng Cao) reporting on another programme (mass mobilisation work of the local
government and grassroots democracy, "công tác dân vận" and "thực hiện dân chủ ở cơ sở", year 2025:
the "Dân vận khéo" emulation movement and its models, leaders' direct dialogue with the people,
settling voters' and citizens' petitions, complaints and denunciations, grassroots mediation,
public disclosure and transparency, supervision and social criticism by the Fatherland Front,
people's contributions to local works, village covenants, prestigious persons among ethnic
minorities, the armed forces' mass mobilisation, the Law on Grassroots Democracy).

Written by a helper blind to the method (no clustering, theme finding or labelling was run on it
while it was written, and the method's code and resources were not read), and held out: never used
to choose methods or parameters, only to say how what was chosen on the other sets does on words
nobody looked at. Every sentence below was written for this set; the same structure and machinery
as ``generate_set6.py`` (planted points with several phrasings of different structure and wording,
distractors that share words with a planted point but not its point, singletons), none of the other
sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set10.py      # rewrites reports_set10/*.txt and *.jsonl (seed 131)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set10"
N_REPORTS = 42
SEED = 131

RESULTS: dict[str, list[str]] = {
    "R_danvankheo": [
        "Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng, năm 2025 toàn {unit} xây dựng được {n} mô hình “Dân vận khéo” trên các lĩnh vực, nhiều mô hình được công nhận cấp huyện.",
        "Các cơ quan, đơn vị và thôn, bản đều đăng ký mô hình dân vận khéo gắn với nhiệm vụ chuyên môn; hiện có {n} mô hình duy trì hoạt động hiệu quả trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh.",
        "Nhiều cách làm hay trong vận động quần chúng được đúc kết thành điển hình “Dân vận khéo”, tiêu biểu như “Nhóm hộ cùng nhau làm kinh tế”, “Tổ liên gia tự quản”, “Ngõ xóm bình yên”.",
        "Số điển hình “Dân vận khéo” được các cấp công nhận trong năm là {n}, nhiều điển hình là người dân tộc thiểu số ở thôn, bản vùng cao.",
    ],
    "R_tiepxuc": [
        "Người đứng đầu cấp ủy, chính quyền đã tổ chức {n} buổi tiếp xúc, đối thoại trực tiếp với nhân dân theo Quy định số 11-QĐi/TW của Bộ Chính trị.",
        "Bí thư và Chủ tịch Ủy ban nhân dân {unit} duy trì đối thoại định kỳ với người dân để lắng nghe tâm tư, nguyện vọng; cả năm có {m} lượt người dự các buổi đối thoại.",
        "Việc gặp gỡ, trò chuyện giữa lãnh đạo địa phương với đoàn viên, hội viên và bà con được thực hiện thường xuyên, nhiều vướng mắc được giải đáp ngay tại hội nghị.",
        "{n} cuộc đối thoại chuyên đề về giải phóng mặt bằng, chính sách đất đai, việc làm cho thanh niên đã được tổ chức, do chính người đứng đầu chủ trì.",
    ],
    "R_kiennghi": [
        "Các ý kiến, kiến nghị của cử tri được tổng hợp, chuyển đến cơ quan có thẩm quyền; {p}% kiến nghị đã được giải quyết và trả lời bằng văn bản.",
        "Qua các kênh tiếp nhận, {unit} nhận được {n} kiến nghị của nhân dân, chủ yếu về đường giao thông, điện sinh hoạt, nước sạch; phần lớn đã được xử lý xong, số còn lại đang được xem xét.",
        "Những phản ánh, đề xuất chính đáng của người dân được chính quyền xem xét và trả lời kịp thời, tỷ lệ giải quyết đạt {p}%.",
        "Ủy ban nhân dân đã chỉ đạo các phòng, ban chuyên môn xử lý dứt điểm {n} kiến nghị cử tri gửi đến các kỳ họp Hội đồng nhân dân.",
    ],
    "R_hoagiai": [
        "Các tổ hòa giải ở cơ sở đã tiếp nhận {n} vụ việc, hòa giải thành {p}%, góp phần giữ gìn đoàn kết trong khu dân cư.",
        "Công tác hòa giải ở cơ sở đạt kết quả tốt: phần lớn mâu thuẫn về ranh giới đất, nợ nần, hôn nhân gia đình được giải quyết ngay tại thôn, không để phát sinh thành vụ án.",
        "Tỷ lệ hòa giải thành đạt {p}%, nhiều vụ việc phức tạp được tổ hòa giải phối hợp với công an viên, trưởng thôn xử lý êm thấm.",
        "{n} tổ hòa giải duy trì sinh hoạt đều đặn, kịp thời dàn xếp các va chạm, tranh chấp nhỏ giữa các hộ dân, không để mâu thuẫn kéo dài.",
    ],
    "R_congkhai": [
        "Các nội dung phải công khai theo Luật Thực hiện dân chủ ở cơ sở như dự toán, quyết toán ngân sách, quy hoạch sử dụng đất, các khoản đóng góp của nhân dân đều được niêm yết tại trụ sở và nhà văn hóa thôn.",
        "Việc công khai, minh bạch được thực hiện nghiêm túc: thu, chi ngân sách, danh sách hộ nghèo, đối tượng hưởng chính sách được thông báo trên loa truyền thanh và nhóm Zalo của thôn.",
        "Toàn bộ {n} nội dung phải công khai theo quy định đều được {unit} thực hiện đầy đủ, giúp người dân dễ theo dõi việc sử dụng ngân sách và các khoản huy động.",
        "Kế hoạch đầu tư công, phương án bồi thường, hỗ trợ tái định cư được niêm yết đúng thời hạn để nhân dân biết và góp ý.",
    ],
    "R_giamsat": [
        "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tổ chức {n} cuộc giám sát, {k} hội nghị phản biện xã hội đối với dự thảo văn bản của chính quyền.",
        "Vai trò giám sát của Mặt trận được phát huy, tập trung vào việc thực hiện chính sách an sinh và việc tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên ở khu dân cư.",
        "Qua giám sát, Ủy ban Mặt trận Tổ quốc đã kiến nghị chính quyền khắc phục {k} nội dung còn thiếu sót, phần lớn đã được tiếp thu, sửa đổi.",
    ],
    "R_dongop": [
        "Người dân đã hiến {big} m² đất ở, đất vườn và góp {x} tỷ đồng tiền mặt cho các công trình giao thông, thủy lợi nhỏ.",
        "Thực hiện phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, người dân góp {x} tỷ đồng cùng Nhà nước xây dựng nông thôn mới.",
        "Không ít gia đình tự nguyện lùi cổng, nhường phần đất vườn để mở rộng đường thôn; giá trị đất, tiền và công lao động nhân dân đóng góp ước đạt {x} tỷ đồng.",
        "Bà con đã góp {m} ngày công lao động cùng cát, sỏi để bê tông hóa {n} tuyến đường ngõ xóm.",
    ],
    "R_khieunai": [
        "Tiếp nhận {n} đơn khiếu nại, tố cáo thuộc thẩm quyền, đã giải quyết {p}%, không có vụ việc tồn đọng kéo dài.",
        "Đơn thư khiếu nại, tố cáo được phân loại và xử lý đúng quy định; các vụ việc thuộc thẩm quyền đều được giải quyết trong thời hạn luật định.",
        "Cơ quan có thẩm quyền đã ban hành quyết định giải quyết dứt điểm các vụ khiếu nại về đất đai, đạt tỷ lệ {p}%.",
        "Số đơn khiếu nại, tố cáo giảm so với năm 2024; {p}% số vụ thuộc thẩm quyền của {unit} đã có kết quả giải quyết.",
    ],
    "R_huonguoc": [
        "Có {n} thôn, tổ dân phố rà soát, sửa đổi, bổ sung hương ước, quy ước cho phù hợp với quy định mới và được Ủy ban nhân dân phê duyệt.",
        "Hương ước, quy ước của các thôn, bản được xây dựng lại theo hướng ngắn gọn, bỏ những hủ tục trong ma chay, cưới xin, được nhân dân đồng tình thực hiện.",
        "Toàn bộ quy ước ở khu dân cư đã được điều chỉnh theo Luật Thực hiện dân chủ ở cơ sở, tỷ lệ hộ gia đình chấp hành đạt {p}%.",
    ],
    "R_uytin": [
        "{n} người có uy tín trong đồng bào dân tộc thiểu số được phát huy vai trò, vận động bà con chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
        "Công tác dân vận ở vùng đồng bào dân tộc, tôn giáo được chú trọng; già làng, trưởng bản, chức sắc tôn giáo tích cực vận động nhân dân giữ gìn an ninh trật tự.",
        "Thông qua già làng và người có uy tín, nhiều hộ đồng bào Mông, Dao đã bỏ tục thách cưới, đưa người ốm đến trạm y tế thay vì cúng bái.",
    ],
    "R_vutrang": [
        "Lực lượng vũ trang đã giúp nhân dân {m} ngày công, làm mới và sửa chữa {k} nhà ở cho hộ nghèo, gia đình chính sách.",
        "Công an và Ban Chỉ huy quân sự thực hiện tốt công tác dân vận, cử cán bộ, chiến sĩ bám địa bàn, cùng ăn, cùng ở, cùng làm với đồng bào.",
        "Các đơn vị quân đội đóng quân trên địa bàn kết nghĩa với {k} thôn, bản, giúp dân thu hoạch mùa màng, khắc phục hậu quả mưa lũ.",
    ],
    "R_luat": [
        "{m} lượt cán bộ, đảng viên và người dân đã được phổ biến Luật Thực hiện dân chủ ở cơ sở cùng các văn bản hướng dẫn thi hành.",
        "Luật Thực hiện dân chủ ở cơ sở được tuyên truyền qua hội nghị, tờ rơi, sân khấu hóa và cuộc thi tìm hiểu, thu hút đông đảo người dân tham gia.",
        "Hầu hết cán bộ, công chức và trưởng thôn đã được tập huấn nội dung của luật về thực hiện dân chủ ở cơ sở.",
    ],
    "R_kehoach": [
        "Ngay từ đầu năm, cấp ủy đã ban hành kế hoạch công tác dân vận và kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở, phân công nhiệm vụ cho từng thành viên.",
        "Ban Chỉ đạo thực hiện dân chủ ở cơ sở của {unit} được củng cố sau khi sắp xếp lại tổ chức bộ máy, có quy chế hoạt động và chương trình kiểm tra hằng quý.",
        "Thường trực cấp ủy ban hành {k} văn bản lãnh đạo, chỉ đạo về công tác dân vận và thực hiện dân chủ ở cơ sở năm 2025.",
    ],
    "R_hoinghithon": [
        "Các thôn, tổ dân phố tổ chức hội nghị để nhân dân bàn và biểu quyết trực tiếp những việc thuộc thẩm quyền quyết định của cộng đồng dân cư, đúng trình tự luật định.",
        "{n} thôn đã tổ chức họp dân theo trình tự của Luật, bà con giơ tay biểu quyết công khai những việc do dân quyết định, biên bản được lưu đầy đủ.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_hoagiaivien": [
        "Mở {k} lớp bồi dưỡng kiến thức pháp luật và kỹ năng hòa giải cho {tr} lượt hòa giải viên, trưởng thôn.",
        "Phòng Tư pháp cấp phát sổ tay hòa giải và tài liệu hướng dẫn nghiệp vụ cho tất cả tổ hòa giải.",
        "Hòa giải viên được tập huấn cách ghi sổ theo dõi vụ việc và áp dụng các quy định mới của Luật Hòa giải ở cơ sở.",
    ],
    "RD_quy": [
        "Cán bộ, công chức và nhân dân ủng hộ quỹ Đền ơn đáp nghĩa, quỹ Khuyến học tổng cộng {x} tỷ đồng.",
        "Các tầng lớp nhân dân tích cực quyên góp ủng hộ đồng bào bị thiệt hại do bão lũ, tổng số tiền đạt {tr} triệu đồng.",
        "Mặt trận Tổ quốc tiếp nhận {tr} triệu đồng từ các nhà hảo tâm để tặng quà Tết cho hộ nghèo, gia đình chính sách.",
    ],
    "RD_duongday": [
        "Lãnh đạo {unit} công bố số điện thoại di động của mình để người dân liên hệ trực tiếp khi cần phản ánh.",
        "Mở thêm kênh tiếp nhận phản ánh qua tài khoản Zalo của Ủy ban nhân dân, có cán bộ trực trả lời trong giờ hành chính.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_hinhthuc": [
        "Một số mô hình “Dân vận khéo” còn mang tính hình thức, đăng ký nhưng không duy trì, hiệu quả lan tỏa chưa cao.",
        "Việc nhân rộng các điển hình dân vận khéo còn chậm; nhiều mô hình chỉ hoạt động sôi nổi lúc đầu rồi giảm dần.",
        "Chất lượng phong trào thi đua “Dân vận khéo” ở cơ sở không đồng đều, có nơi chạy theo số lượng, báo cáo thành tích chung chung, thiếu sản phẩm cụ thể.",
        "Trong {n} mô hình đã đăng ký, khá nhiều mô hình trùng lặp nội dung, chưa gắn với nhiệm vụ chính trị của đơn vị nên không bền vững.",
    ],
    "L_doithoai": [
        "Việc tiếp xúc, đối thoại trực tiếp giữa người đứng đầu với nhân dân ở một số xã chưa được tổ chức thường xuyên theo quy định.",
        "Có nơi hội nghị đối thoại còn nặng hình thức, chuẩn bị nội dung sơ sài, người dân ít phát biểu hoặc ý kiến không được trả lời thấu đáo.",
        "Một vài đồng chí lãnh đạo chưa thật sự gần dân, còn giao cấp phó chủ trì buổi đối thoại, làm giảm niềm tin của nhân dân.",
        "Số cuộc đối thoại do người đứng đầu trực tiếp chủ trì mới đạt khoảng {low}% so với kế hoạch.",
    ],
    "L_cham": [
        "Một số kiến nghị của cử tri chậm được giải quyết, có ý kiến lặp lại qua nhiều kỳ tiếp xúc nhưng chưa có câu trả lời dứt điểm.",
        "Việc trả lời kiến nghị của người dân ở một số phòng, ban còn chung chung, chưa thỏa đáng, chưa chỉ rõ thời hạn xử lý.",
        "Còn {n} kiến nghị tồn đọng từ các năm trước, chủ yếu về đầu tư hạ tầng, do chưa bố trí được nguồn vốn.",
        "Sự phối hợp giữa các cơ quan trong xử lý phản ánh, đề xuất của nhân dân có lúc thiếu chặt chẽ, đùn đẩy trách nhiệm nên kéo dài thời gian.",
    ],
    "L_khieukien": [
        "Khiếu nại về thu hồi đất, mức bồi thường khi làm dự án vẫn phức tạp, có lúc hàng chục hộ kéo nhau lên tỉnh gửi đơn thay vì chờ địa phương giải quyết.",
        "Vẫn còn vụ việc khiếu kiện kéo dài về tranh chấp đất đai, một số công dân không chấp hành quyết định giải quyết, tiếp tục gửi đơn lên tỉnh và Trung ương.",
        "Một vài vụ khiếu kiện tập thể tồn tại nhiều năm, người dân không đồng tình với kết quả giải quyết, tiềm ẩn nguy cơ mất ổn định ở nông thôn.",
    ],
    "L_congkhai": [
        "Việc công khai thông tin ở một số nơi chưa đầy đủ, kịp thời; bảng niêm yết đặt ở vị trí khuất, nội dung sơ sài nên người dân khó theo dõi.",
        "Một vài thôn chưa công khai thu, chi các khoản đóng góp tự nguyện của nhân dân, dẫn đến thắc mắc trong bà con.",
        "Hình thức công khai chủ yếu là dán văn bản tại trụ sở, chưa tận dụng loa truyền thanh và mạng xã hội nên nhiều người dân không nắm được.",
    ],
    "L_giamsat": [
        "Hoạt động giám sát của Mặt trận Tổ quốc và các đoàn thể ở cơ sở chưa sâu, kiến nghị sau giám sát ít được theo dõi đến cùng.",
        "Ban Thanh tra nhân dân ở một số xã hoạt động cầm chừng, thành viên ngại va chạm, chưa phát hiện được sai phạm.",
        "Phản biện xã hội còn là khâu yếu, số hội nghị phản biện ít, chất lượng góp ý đối với dự thảo văn bản chưa cao.",
    ],
    "L_hoagiaivien": [
        "Đa số hòa giải viên lớn tuổi, kiến thức pháp luật còn hạn chế nên lúng túng khi hòa giải các vụ việc liên quan đến đất đai, thừa kế.",
        "Kỹ năng của thành viên tổ hòa giải chưa đáp ứng yêu cầu, một số vụ hòa giải không thành phải chuyển lên Ủy ban nhân dân xã.",
        "Tổ hòa giải ở các thôn sau sáp nhập thay đổi nhiều người, hòa giải viên mới chưa được bồi dưỡng nghiệp vụ.",
    ],
    "L_kinhphi": [
        "Kinh phí bảo đảm cho hoạt động của Ban Thanh tra nhân dân, tổ hòa giải và công tác dân vận còn thấp, chậm được cấp.",
        "Mức chi hỗ trợ cho hòa giải viên và thành viên Ban Giám sát đầu tư của cộng đồng quá thấp, chưa động viên được người tham gia.",
        "Mỗi năm ngân sách xã chi cho hoạt động dân vận chưa tới {n} triệu đồng, phải lồng ghép với kinh phí của các đoàn thể.",
    ],
    "L_nhanthuc": [
        "Nhận thức của một bộ phận cán bộ, đảng viên về công tác dân vận chưa đầy đủ, còn cho rằng đây là nhiệm vụ riêng của Ban Dân vận và Mặt trận.",
        "Một số cấp ủy, chính quyền cơ sở chưa coi trọng công tác dân vận, giao khoán cho khối đoàn thể, thiếu theo dõi sát sao.",
        "Không ít cán bộ chuyên môn vẫn xem vận động quần chúng là việc của đoàn thể, chưa gắn dân vận với nhiệm vụ của ngành mình.",
    ],
    "L_canbo": [
        "Đội ngũ cán bộ làm công tác dân vận ở cấp xã biến động nhiều sau sắp xếp đơn vị hành chính, phần lớn kiêm nhiệm, thiếu kinh nghiệm.",
        "Cán bộ khối dân vận cơ sở còn trẻ, ít hiểu phong tục, tiếng nói của đồng bào nên công tác vận động gặp khó.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_cutri": [
        "Số cử tri dự các buổi tiếp xúc với đại biểu Hội đồng nhân dân còn ít, chủ yếu là cán bộ thôn và đảng viên.",
        "Tỷ lệ cử tri tham dự tiếp xúc đại biểu dân cử ở các thôn vùng cao thấp vì bà con đi làm nương, đi làm ăn xa.",
    ],
    "LD_datdai": [
        "Việc chuyển mục đích sử dụng đất trái phép, tự ý dựng nhà trên đất ruộng chưa được ngăn chặn kịp thời.",
        "Công tác quản lý đất đai ở một số xã còn buông lỏng, hồ sơ địa chính chưa được cập nhật biến động.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_danvankheo": [
        "Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”, mỗi cơ quan, đơn vị, thôn đăng ký ít nhất một mô hình gắn với nhiệm vụ cụ thể.",
        "Chú trọng phát hiện, bồi dưỡng và nhân rộng các điển hình dân vận khéo, kịp thời biểu dương những cách làm hay, sáng tạo.",
        "Nâng cao chất lượng các mô hình dân vận khéo theo hướng thiết thực, bền vững, tránh chạy theo số lượng.",
        "Phấn đấu xây dựng thêm {n} mô hình “Dân vận khéo”, tập trung vào vận động xây dựng nông thôn mới, chuyển đổi số và bảo đảm an ninh trật tự.",
    ],
    "S_doithoai": [
        "Duy trì nghiêm túc việc người đứng đầu cấp ủy, chính quyền tiếp xúc, đối thoại trực tiếp với nhân dân ít nhất mỗi năm một lần theo quy định.",
        "Đổi mới cách tổ chức đối thoại, chọn chủ đề sát với những vấn đề người dân quan tâm, lãnh đạo trực tiếp trả lời và cam kết thời hạn giải quyết.",
        "Các đồng chí Bí thư, Chủ tịch phải thường xuyên xuống thôn, bản gặp gỡ, lắng nghe ý kiến nhân dân, không giao lại cho cấp dưới.",
        "Mỗi quý tổ chức ít nhất một buổi đối thoại chuyên đề giữa lãnh đạo {unit} với đoàn viên, hội viên và người dân.",
    ],
    "S_kiennghi": [
        "Tập trung giải quyết dứt điểm các kiến nghị chính đáng của cử tri, nhất là kiến nghị tồn đọng qua nhiều kỳ.",
        "Theo dõi, đôn đốc các cơ quan chuyên môn trả lời kiến nghị của nhân dân đúng hạn và thông báo kết quả để người dân được biết.",
        "Mọi phản ánh của người dân phải được tiếp nhận, phân loại và xử lý kịp thời, không để tồn đọng, kéo dài.",
        "Lập sổ theo dõi từng kiến nghị của cử tri, giao rõ địa chỉ trách nhiệm và thời hạn hoàn thành.",
    ],
    "S_khieunai": [
        "Làm tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo ngay từ cơ sở, không để phát sinh khiếu kiện đông người, vượt cấp.",
        "Rà soát, giải quyết dứt điểm các vụ khiếu nại tồn đọng, kéo dài liên quan đến đất đai, bồi thường giải phóng mặt bằng.",
        "Nâng cao chất lượng xác minh, kết luận các vụ việc tố cáo, bảo đảm khách quan, đúng pháp luật, bảo vệ người tố cáo.",
    ],
    "S_congkhai": [
        "Thực hiện đầy đủ các nội dung công khai theo Luật Thực hiện dân chủ ở cơ sở, nhất là ngân sách, đất đai, các khoản đóng góp của nhân dân.",
        "Đa dạng hình thức công khai thông tin: ngoài niêm yết tại trụ sở, cần thông báo trên loa truyền thanh, nhóm Zalo thôn và trang thông tin điện tử.",
        "Bảo đảm minh bạch trong thu, chi các khoản huy động từ nhân dân, công bố kết quả quyết toán sau khi công trình hoàn thành.",
    ],
    "S_giamsat": [
        "Phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể, nhất là giám sát việc thực hiện chính sách ở khu dân cư.",
        "Củng cố Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng, để nhân dân trực tiếp theo dõi các công trình trên địa bàn.",
        "Chính quyền tiếp thu nghiêm túc các kiến nghị sau giám sát của Mặt trận và thông báo lại kết quả khắc phục.",
    ],
    "S_hoagiai": [
        "Kiện toàn các tổ hòa giải ở thôn, tổ dân phố sau sắp xếp, phấn đấu tỷ lệ hòa giải thành trên {p}%.",
        "Phát hiện sớm mâu thuẫn, tranh chấp trong cộng đồng để hòa giải kịp thời, không để việc nhỏ thành việc lớn.",
        "Lồng ghép hòa giải với phong trào xây dựng khu dân cư văn hóa, phát huy vai trò của trưởng họ, người cao tuổi trong dàn xếp mâu thuẫn.",
    ],
    "S_kinhphi": [
        "Đề nghị tỉnh nâng mức hỗ trợ kinh phí cho tổ hòa giải, Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.",
        "Kiến nghị bố trí nguồn kinh phí riêng cho công tác dân vận và thực hiện dân chủ ở cơ sở trong dự toán ngân sách hằng năm.",
        "Huy động thêm nguồn xã hội hóa, kết hợp ngân sách xã để có tiền khen thưởng các tập thể, cá nhân làm tốt công tác dân vận.",
    ],
    "S_canbo": [
        "Bồi dưỡng kỹ năng tuyên truyền, vận động quần chúng cho người làm công tác dân vận, trước hết là cán bộ mới nhận nhiệm vụ ở xã.",
        "Bố trí cán bộ dân vận cơ sở là người địa phương, biết tiếng dân tộc, am hiểu phong tục tập quán.",
    ],
    "S_tuyentruyen": [
        "Tiếp tục tuyên truyền sâu rộng Luật Thực hiện dân chủ ở cơ sở để người dân hiểu rõ quyền và nghĩa vụ của mình.",
        "Phát các chuyên mục ngắn về quyền làm chủ của nhân dân trên loa truyền thanh thôn, bản, kết hợp tuyên truyền miệng tại các buổi sinh hoạt khu dân cư.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_mohinhkt": [
        "Xây dựng và nhân rộng mô hình trồng cây dược liệu dưới tán rừng, tạo sinh kế cho hộ đồng bào.",
        "Hỗ trợ giống, vốn để nhân rộng mô hình chăn nuôi bò sinh sản theo hướng hàng hóa.",
    ],
    "SD_tiepdan": [
        "Cải tạo phòng tiếp công dân, trang bị thêm bàn ghế, máy tính và camera ghi hình.",
        "Đầu tư xây mới trụ sở tiếp công dân của {unit} tại khu hành chính tập trung.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư với nhiều hoạt động văn hóa, thể thao.",
        "Khối dân vận phối hợp với Hội Người cao tuổi thành lập câu lạc bộ liên thế hệ tự giúp nhau.",
        "Hội Nông dân phối hợp với ngân hàng giải ngân vốn vay tín chấp cho hội viên mở rộng sản xuất.",
        "Đoàn Thanh niên ra quân chiến dịch tình nguyện hè, thắp sáng đường quê ở ba thôn.",
        "Hội Liên hiệp Phụ nữ vận động chị em đồng bào Mông không tảo hôn, không kết hôn cận huyết thống.",
        "Tổ chức gặp mặt người có công, thân nhân liệt sĩ nhân kỷ niệm Ngày Thương binh - Liệt sĩ.",
        "Ra mắt tổ tự quản về an ninh trật tự tại khu chợ phiên.",
        "Thành lập câu lạc bộ hát then, đàn tính của đồng bào Tày để giữ gìn bản sắc văn hóa.",
        "Hội Cựu chiến binh tham gia giải tỏa hành lang an toàn giao thông trên tuyến tỉnh lộ.",
        "Đài truyền thanh huyện mở chuyên mục “Gương sáng dân vận” phát vào tối thứ bảy hằng tuần.",
        "Ký quy chế phối hợp giữa Ủy ban nhân dân với Ủy ban Mặt trận Tổ quốc nhiệm kỳ 2024 - 2029.",
        "Tổ chức liên hoan văn nghệ quần chúng chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030.",
        "Vận động {n} thanh niên lên đường nhập ngũ, hoàn thành chỉ tiêu giao quân.",
    ],
    "limitations": [
        "Nhà văn hóa ở hai thôn mới sáp nhập xuống cấp, không đủ chỗ ngồi khi tổ chức họp dân.",
        "Một số lễ hội dân gian bị lợi dụng để tổ chức đánh bạc trá hình.",
        "Một số hộ di cư tự do từ tỉnh khác đến chưa đăng ký cư trú, khó quản lý.",
        "Nạn trộm cắp gia súc ở các bản giáp ranh chưa được ngăn chặn triệt để.",
        "Việc vận động nhân dân tháo dỡ các công trình vi phạm hành lang lưới điện còn gặp nhiều khó khăn.",
        "Một số đảng viên đi làm ăn ở tỉnh ngoài không sinh hoạt chi bộ thường xuyên, khó nắm tư tưởng.",
        "Mưa lũ kéo dài làm chậm tiến độ các công trình do dân đóng góp xây dựng.",
        "Còn xảy ra vụ việc đánh nhau giữa hai nhóm thanh niên tại lễ hội đầu xuân.",
        "Đường lên một số bản bị sạt lở sau mưa, cán bộ khó xuống cơ sở nắm tình hình.",
        "Phần mềm quản lý đơn thư chưa được triển khai đến cấp xã.",
        "Nhiều cặp vợ chồng trẻ đi làm công nhân ở các khu công nghiệp, để con nhỏ cho ông bà chăm sóc.",
        "Chợ phiên tự phát lấn chiếm lòng đường, gây mất an toàn giao thông.",
        "Thiếu người phiên dịch tiếng Mông trong các buổi làm việc với bà con ở bản xa.",
    ],
    "solutions": [
        "Sửa chữa nhà văn hóa thôn Khuổi Tát để có chỗ sinh hoạt cộng đồng.",
        "Phối hợp với Hội Liên hiệp Phụ nữ mở lớp hướng dẫn chăm sóc trẻ nhỏ cho các bà mẹ trẻ ở bản.",
        "Đề nghị tỉnh hỗ trợ xây cầu treo qua suối Nậm Lùng để học sinh đi học an toàn.",
        "Tổ chức đoàn cán bộ cốt cán đi học tập kinh nghiệm làm dân vận ở tỉnh bạn.",
        "Đặt thêm tủ sách pháp luật tại nhà văn hóa các bản xa.",
        "Đưa phần mềm quản lý đơn thư vào sử dụng thống nhất từ huyện đến xã.",
        "Giao công an xã cùng chi hội trưởng các đoàn thể nắm tình hình từng khu dân cư, báo cáo định kỳ hằng tháng.",
        "Phát động các dòng họ thi đua xây dựng gia đình hiếu học, không có con cháu mắc tệ nạn.",
        "Tổ chức hội nghị biểu dương người có uy tín giai đoạn 2021 - 2025.",
        "Thành lập câu lạc bộ bóng chuyền hơi liên thôn để tăng gắn kết cộng đồng.",
        "Phục dựng lễ cấp sắc của người Dao để giới thiệu với du khách.",
        "Chuẩn bị tổ chức Đại hội Mặt trận Tổ quốc cấp xã theo hướng dẫn của tỉnh.",
        "Kiến nghị đầu tư tuyến đường từ trung tâm xã lên bản Sủng Pả trong giai đoạn 2026 - 2030.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 17, 16, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_hoagiaivien": 3,
    "RD_quy": 3,
    "RD_duongday": 2,
    "LD_cutri": 3,
    "LD_datdai": 2,
    "SD_mohinhkt": 3,
    "SD_tiepdan": 2,
}

DISTRICTS = [
    "huyện Khâu Lìm",
    "huyện Bó Mười Tây",
    "huyện Phố Ràng Tây",
    "huyện Tà Xùa Hạ",
    "huyện Quan Sơn Đông",
    "huyện Khe Vằn Thượng",
    "huyện Chiêm Sơn Bắc",
]
COMMUNE_STEMS = [
    "Thèn Phàng Hạ",
    "Khuổi Luông Bắc",
    "Đông Thọ Bắc",
    "Phúc Sen Thượng",
    "Hạ Hòa Tây",
    "Nà Ngần Tây",
    "Tân Trịnh Thượng",
    "Bằng Hành Nam",
    "Lương Can Đông",
    "Quảng Uyên Hạ",
    "Kéo Yên Bắc",
    "Minh Ngọc Đông",
    "Pù Luông Hạ",
    "Thông Nông Bắc",
    "Hồng Thái Tây",
    "Vĩnh Hảo Tây",
    "Xín Mần Hạ",
    "Tùng Bá Hạ",
    "Hòa An Thượng",
    "Đạo Đức Nam",
    "Phong Quang Bắc",
    "Cốc Rế Thượng",
    "Nghĩa Thuận Tây",
    "Thanh Vân Hạ",
    "Ngàm Đăng Thượng",
    "Tiên Nguyên Hạ",
    "Sơn Vĩ Đông",
    "Lao Chải Thượng",
    "Bạch Đích Đông",
    "Yên Cường Hạ",
    "Lục Hồn Tây",
    "Phù Yên Bắc",
    "Đồng Yên Tây",
    "Khánh Xuân Hạ",
    "Cao Bồ Nam",
]

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=[
        "Thực hiện Công văn số {tr}-CV/BDVTU ngày 25/11/2025 của Ban Dân vận Tỉnh ủy Lũng Cao về việc báo cáo tổng kết công tác dân vận năm 2025, {unit} báo cáo kết quả như sau:",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022 và Kế hoạch số {k}/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh Lũng Cao, {unit} báo cáo kết quả công tác dân vận chính quyền, thực hiện dân chủ ở cơ sở năm 2025 như sau:",
        "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, {unit} tổng kết công tác năm 2025 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ THỰC HIỆN",
            "I. KẾT QUẢ CÔNG TÁC DÂN VẬN VÀ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2025",
            "I. TÌNH HÌNH, KẾT QUẢ TRIỂN KHAI",
        ],
        "limitations": [
            "II. HẠN CHẾ, TỒN TẠI",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "II. KHÓ KHĂN, VƯỚNG MẮC",
        ],
        "solutions": ["III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Công tác lãnh đạo, chỉ đạo",
            "2. Kết quả thực hiện dân chủ ở cơ sở",
            "3. Công tác dân vận của chính quyền",
        ],
        "limitations": ["1. Hạn chế", "2. Nguyên nhân của hạn chế"],
        "solutions": ["1. Nhiệm vụ trọng tâm", "2. Kiến nghị, đề xuất"],
    },
    leads={
        "results": ["", "", "", "Năm 2025, ", "Đồng thời, ", "Ngoài ra, ", "Đáng ghi nhận, "],
        "limitations": ["", "", "", "Tuy nhiên, ", "Mặt khác, ", "Bên cạnh đó, "],
        "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Kết quả công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở năm 2025, phương hướng, nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả công tác dân vận và thực hiện dân chủ ở cơ sở năm 2025 của {unit}.",
    recipients="Nơi nhận: Ban Dân vận Tỉnh ủy; Ủy ban Mặt trận Tổ quốc tỉnh; Thường trực cấp ủy; Lưu: VT.",
    placeholder="(Có phụ lục số liệu kèm theo)",
    proper=(
        "Ủy ban",
        "Ban ",
        "Bí thư",
        "Chủ tịch",
        "Công an",
        "Thường trực",
        "Mặt trận",
        "Luật ",
        "Phòng ",
        "Đoàn Thanh niên",
        "Hội Nông dân",
        "Hội Liên hiệp",
        "Hội Cựu chiến binh",
        "Hội Người cao tuổi",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
